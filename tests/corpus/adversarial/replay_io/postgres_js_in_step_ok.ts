// SDK: windmill-client 1.818.0 client.mjs step(): the postgres.js query inside the step runs once; the checkpointed rows are replayed.
import postgres from "postgres";
import { step, task, workflow } from "windmill-client";

const sql = postgres("postgres://app@db/app");

const notify = task(async (ids: number[]) => ids.length);

export const main = workflow(async (since: string) => {
  const rows = await step("stale_ids", async () => {
    const result = await sql`select id from orders where updated_at < ${since}`;
    return result.map((r) => Number(r.id));
  });
  return await notify(rows);
});
