// SDK: windmill-client 1.818.0 client.mjs: Bun's built-in `sql` tag runs the query against DATABASE_URL when awaited; in the body it inserts again on every replay.
import { sql } from "bun";
import { task, workflow } from "windmill-client";

const score = task(async (leadId: string) => ({ leadId, score: 42 }));

export const main = workflow(async (leadId: string) => {
  const s = await score(leadId);
  await sql`insert into lead_scores (lead_id, score) values (${leadId}, ${s.score})`; // expect: WAC101
  return s;
});
