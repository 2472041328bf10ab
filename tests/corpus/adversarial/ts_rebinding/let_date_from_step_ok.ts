// SDK: windmill-client 1.818.0 client.mjs step(): the clock is read once in a step when no input is given.
import { step, task, workflow } from "windmill-client";

const schedule = task(async (at: string, job: string) => ({ at, job }));

export const main = workflow(async (job: string, when?: string) => {
  let at = when;
  if (!at) {
    at = await step("default_time", () => new Date().toISOString());
  }
  return await schedule(at, job);
});
