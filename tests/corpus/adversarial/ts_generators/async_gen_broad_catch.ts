// SDK: windmill-client 1.818.0 client.mjs: an unfinished task throws StepSuspend to leave the body; the generator's catch-all swallows it and yields a placeholder, so the workflow goes on as if the task had failed.
import { task, workflow } from "windmill-client";

const enrich = task(async (lead: string) => ({ lead, score: lead.length }));

async function* enriched(leads: string[]) {
  for (const lead of leads) {
    try {
      yield await enrich(lead);
    } catch (e) {
      yield { lead, score: 0 };
    }
  }
}

export const main = workflow(async (leads: string[]) => {
  const rows = [];
  for await (const row of enriched(leads)) rows.push(row); // expect: WAC202
  return rows;
});
