// SDK: windmill-client 1.818.0 client.mjs: a tagged-template query of a module-level postgres client runs in the workflow body on every replay.
import postgres from "postgres";
import { task, workflow } from "windmill-client";

const sql = postgres("postgres://app@db.internal/app");

const scoreAccount = task(async (accountId: string) => {
  const res = await fetch(`https://risk.example.com/api/score/${accountId}`);
  return ((await res.json()) as { score: number }).score;
});

export const main = workflow(async (accountId: string) => {
  const score = await scoreAccount(accountId);
  await sql`UPDATE accounts SET risk_score = ${score} WHERE id = ${accountId}`; // expect: WAC101
  return { accountId, score };
});
