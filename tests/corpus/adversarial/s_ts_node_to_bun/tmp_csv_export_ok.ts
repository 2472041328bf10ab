// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (fn runs once; its string result is replayed), task()
import { promises as fsp } from "node:fs";
import os from "node:os";
import path from "node:path";
import { step, task, workflow } from "windmill-client";

type Row = { id: string; email: string; plan: string; mrr: number };

const queryRows = task(async (plan: string): Promise<Row[]> => {
  const res = await fetch(`https://warehouse.internal/accounts?plan=${plan}`);
  return (await res.json()) as Row[];
});

function toCsv(rows: Row[]): string {
  const header = "id,email,plan,mrr";
  const body = rows.map((r) => [r.id, r.email, r.plan, r.mrr.toFixed(2)].join(","));
  return [header, ...body].join("\n");
}

async function writeAndUpload(rows: Row[], plan: string): Promise<string> {
  const file = path.join(os.tmpdir(), `accounts-${plan}-${Date.now()}.csv`);
  await fsp.writeFile(file, toCsv(rows), "utf8");
  try {
    const res = await fetch(`https://storage.internal/upload/exports/${path.basename(file)}`, {
      method: "PUT",
      body: await fsp.readFile(file),
    });
    return res.headers.get("location") ?? path.basename(file);
  } finally {
    await fsp.rm(file, { force: true });
  }
}

export const main = workflow(async (plan: string) => {
  const rows = await queryRows(plan);
  const location = await step("export_csv", () => writeAndUpload(rows, plan));
  return { plan, rows: rows.length, location, ext: path.extname(location) };
});
