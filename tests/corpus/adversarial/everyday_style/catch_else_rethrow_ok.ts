// SDK: windmill-client 1.818.0 client.mjs: a failed task throws an Error named "TaskError"; StepSuspend's name is "StepSuspend", so it takes the `else` branch and is rethrown.
import { task, workflow } from "windmill-client";

const scoreLead = task(async (email: string) => ({ email, score: 80 }));

export const main = workflow(async (emails: string[]) => {
  const scored = [];
  for (const email of emails) {
    try {
      scored.push(await scoreLead(email));
    } catch (err: any) {
      if (err?.name === "TaskError") {
        scored.push({ email, score: 0 });
      } else {
        throw err;
      }
    }
  }
  return scored;
});
