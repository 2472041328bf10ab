// SDK: windmill-client 1.818.0 client.mjs: StepSuspend carries no `fatal` flag, so the handler skips the rethrow and returns a fallback on every suspension.
import { task, workflow } from "windmill-client";

const scoreLead = task(async (email: string) => ({ email, score: 80 }));

export const main = workflow(async (emails: string[]) => {
  const scored = [];
  for (const email of emails) {
    try {
      scored.push(await scoreLead(email));
    } catch (err: any) { // expect: WAC202
      if (err?.fatal) {
        throw err;
      }
      scored.push({ email, score: 0 });
    }
  }
  return scored;
});
