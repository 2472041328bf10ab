// SDK: windmill-client 1.818.0 _runInlineStep keys a step by its name (guide: "Do not generate step names dynamically")
import { step, task, workflow } from "windmill-client";

const TABLES = ["customers", "orders", "refunds"] as const;

const copyTable = task(async (table: string, since: string) => {
  const res = await fetch(`https://etl.internal/copy/${table}?since=${since}`, { method: "POST" });
  return ((await res.json()) as { rows: number }).rows;
});

export const main = workflow(async (since: string) => {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const watermark = await step(`watermark_${table}`, async () => { // expect: WAC103
      const res = await fetch(`https://etl.internal/watermarks/${table}`);
      return ((await res.json()) as { since: string }).since ?? since;
    });
    counts[table] = await copyTable(table, watermark);
  }
  return counts;
});
