// SDK: windmill-client 1.818.0 step(name, fn): a template literal without substitutions is a constant string
import { step, task, workflow } from "windmill-client";

const copyTable = task(async (table: string, since: string) => {
  const res = await fetch(`https://etl.internal/copy/${table}?since=${since}`, { method: "POST" });
  return ((await res.json()) as { rows: number }).rows;
});

export const main = workflow(async (tables: string[], since: string) => {
  const watermarks = await step(`load_watermarks`, async () => {
    const res = await fetch(`https://etl.internal/watermarks`);
    return (await res.json()) as Record<string, string>;
  });
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = await copyTable(table, watermarks[table] ?? since);
  }
  const total = await step(`sum_rows`, () => Object.values(counts).reduce((a, b) => a + b, 0));
  return { counts, total };
});
