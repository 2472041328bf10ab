// SDK: windmill-client 1.818.0 client.mjs: only _nextStep/_runInlineStep consult the checkpoint; a SQL call in the body re-executes.
import postgres from "postgres";
import { step, task, workflow } from "windmill-client";

const sql = postgres("postgres://app@db.internal/app");

const scoreAccount = task(async (accountId: string) => {
  const res = await fetch(`https://risk.example.com/api/score/${accountId}`);
  return ((await res.json()) as { score: number }).score;
});

export const main = workflow(async (accountId: string) => {
  const score = await scoreAccount(accountId);
  const flaggedAt = await step("flagged_at", () => new Date().toISOString());
  if (score > 0.9) {
    await sql.unsafe("UPDATE accounts SET flagged_at = $1 WHERE id = $2", [flaggedAt, accountId]); // expect: WAC101
  }
  return { accountId, score };
});
