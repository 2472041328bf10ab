// SDK: windmill-client 1.818.0 client.mjs workflow(fn) accepts any async function; a named async function expression is still the entry bound by `export const main`.
import { step, task, workflow } from "windmill-client";

const scoreLead = task(async function scoreLead(email: string): Promise<number> {
  return email.endsWith(".edu") ? 10 : 50;
});

export const main = workflow(async function runLeadScoring(emails: string[]) {
  const startedAt = await step("started_at", () => new Date().toISOString());
  const scores: Record<string, number> = {};
  for (const email of emails) {
    scores[email] = await scoreLead(email);
  }
  return { startedAt, scores };
});
