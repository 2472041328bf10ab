// SDK: windmill-client 1.818.0 client.mjs StepSuspend: `super("__step_suspend__")`, so a test of that message rethrows the suspension first.
import { task, workflow } from "windmill-client";

const score = task(async (lead: string) => ({ lead, score: 80 }));

export const main = workflow(async (lead: string) => {
  try {
    return await score(lead);
  } catch (e: any) {
    if (e?.message === "__step_suspend__") throw e;
    console.warn("scoring failed", lead);
    return { lead, score: 0 };
  }
});
