// SDK: windmill-client 1.818.0 client.mjs: the catch parameter named `step` shadows nothing the body calls; the task failure is rethrown after a log.
import { step, task, workflow } from "windmill-client";

const charge = task(async (cents: number) => ({ cents, ok: cents > 0 }));

export const main = workflow(async (cents: number) => {
  const stamp = await step("stamp", () => Date.now());
  try {
    return { stamp, r: await charge(cents) };
  } catch (step) {
    console.error("charge failed", step);
    throw step;
  }
});
