// SDK: windmill-client 1.818.0 client.mjs: the same insert run inside a step: checkpointed, so replays skip it.
import { sql } from "bun";
import { step, task, workflow } from "windmill-client";

const score = task(async (leadId: string) => ({ leadId, score: 42 }));

export const main = workflow(async (leadId: string) => {
  const s = await score(leadId);
  await step("save_score", async () => {
    await sql`insert into lead_scores (lead_id, score) values (${leadId}, ${s.score})`;
    return true;
  });
  return s;
});
