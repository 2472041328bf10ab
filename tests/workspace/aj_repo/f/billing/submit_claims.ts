// End-of-day claim submission: group closed encounters by payer and run the claims batch per payer.
import { parallel, step, task, taskFlow, taskScript, workflow } from "windmill-client";

type Encounter = { encounterId: string; payer: string; closedAt: string };

const closedEncounters = task(async (day: string): Promise<Encounter[]> => {
  const res = await fetch(`https://billing.stmarys.internal/api/encounters?closed=${day}`);
  return (await res.json()) as Encounter[];
});

const runBatch = taskFlow("f/billing/claims_batch", { timeout: 1800 });
const batchStatus = taskScript("f/billing/claims_batch"); // expect: WAC401

export const main = workflow(async (day: string, payers: string[] = []) => {
  const encounters = await closedEncounters(day);
  const byPayer = new Map<string, string[]>();
  for (const e of encounters) {
    if (payers.length && !payers.includes(e.payer)) continue;
    byPayer.set(e.payer, [...(byPayer.get(e.payer) ?? []), e.encounterId]);
  }
  const groups = [...byPayer.entries()].sort(([a], [b]) => a.localeCompare(b));

  const results = await parallel(
    groups,
    ([payer, ids]) => runBatch({ encounterIds: ids, payer }), // expect: WAC402
    { concurrency: 3 },
  );
  const status = await batchStatus({ day });
  const total = await step("total", () => groups.reduce((n, [, ids]) => n + ids.length, 0));
  return { day, payers: groups.map(([p]) => p), total, results, status };
});
