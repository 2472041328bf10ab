// MISTAKE: the workflow entry point is called directly, from a backfill helper
// and from a Bun "run as script" block left over from local testing. Windmill
// calls main itself.
import { task, workflow } from "windmill-client";

const rebuildDailyAggregates = task(
  async (day: string): Promise<number> => {
    const res = await fetch("https://warehouse.example/api/aggregates/rebuild", { method: "POST", body: JSON.stringify({ day }) });
    if (!res.ok) throw new Error(`warehouse: ${res.status}`);
    return (await res.json()).rows;
  },
  { timeout: 900, tag: "etl" },
);

export const main = workflow(async (day: string) => {
  const rows = await rebuildDailyAggregates(day);
  return { day, rows };
});

export async function backfill(days: string[]) {
  const results = [];
  for (const day of days) {
    results.push(await main(day)); // expect: WAC006
  }
  return results;
}

if (import.meta.main) {
  await main("2024-01-01"); // expect: WAC006
}
