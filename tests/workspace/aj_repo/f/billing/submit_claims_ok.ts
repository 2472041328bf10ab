// End-of-day claim submission: group closed encounters by payer and run the claims batch per payer.
import { parallel, step, task, taskFlow, workflow } from "windmill-client";

type Encounter = { encounterId: string; payer: string; closedAt: string };

const closedEncounters = task(async (day: string): Promise<Encounter[]> => {
  const res = await fetch(`https://billing.stmarys.internal/api/encounters?closed=${day}`);
  return (await res.json()) as Encounter[];
});

const runBatch = taskFlow("f/billing/claims_batch", { timeout: 1800 });

export const main = workflow(async (day: string, payers: string[] = []) => {
  const encounters = await closedEncounters(day);
  const byPayer: Record<string, string[]> = {};
  for (const e of encounters) {
    if (payers.length && !payers.includes(e.payer)) continue;
    (byPayer[e.payer] ??= []).push(e.encounterId);
  }
  const groups = Object.entries(byPayer).sort(([a], [b]) => a.localeCompare(b));

  const results = await parallel(groups, ([payer, ids]) => runBatch({ encounter_ids: ids, payer }), { concurrency: 3 });
  const total = await step("total", () => groups.reduce((n, [, ids]) => n + ids.length, 0));
  return { day, payers: groups.map(([p]) => p), total, results };
});
