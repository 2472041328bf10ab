// SDK: windmill-client 1.818.0 client.mjs: StepSuspend must pass through; this generator's catch rethrows everything that is not the task's own failure message.
import { task, workflow } from "windmill-client";

const enrich = task(async (lead: string) => ({ lead, score: lead.length }));

async function* enriched(leads: string[]) {
  for (const lead of leads) {
    try {
      yield await enrich(lead);
    } catch (e) {
      throw e;
    }
  }
}

export const main = workflow(async (leads: string[]) => {
  const rows = [];
  for await (const row of enriched(leads)) rows.push(row);
  return rows;
});
