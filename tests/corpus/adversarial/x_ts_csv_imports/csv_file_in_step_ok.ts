// SDK: windmill-client 1.818.0 step(name, fn): fn runs once and its JSON result is checkpointed; a task body runs in its own job
import { task, step, workflow } from "windmill-client";
import { parse } from "csv-parse/sync";

type Product = { sku: string; name: string; price: string; stock: string };

const writeRejects = task(async (runId: string, rejects: string[]) => {
  const path = `/tmp/rejects-${runId}.txt`;
  await Bun.write(path, rejects.join("\n"));
  return path;
});

const importProducts = task(async (products: Product[]) => {
  const r = await fetch("https://shop.internal/api/products/import", {
    method: "POST",
    body: JSON.stringify(products),
  });
  return (await r.json()) as { imported: number };
});

export const main = workflow(async (path: string, runId: string) => {
  const rows = await step("read_csv", async () => {
    const text = await Bun.file(path).text();
    return parse(text, { columns: true, trim: true }) as Product[];
  });

  const valid = rows.filter((r) => r.sku && !Number.isNaN(Number(r.price)));
  const rejects = rows.filter((r) => !valid.includes(r)).map((r) => r.sku || "(no sku)");

  const { imported } = await importProducts(valid);
  const rejectFile = rejects.length ? await writeRejects(runId, rejects) : null;
  return { imported, rejected: rejects.length, rejectFile };
});
