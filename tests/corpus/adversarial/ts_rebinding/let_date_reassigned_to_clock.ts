// SDK: windmill-client 1.818.0 client.mjs: the body replays; `at` is reassigned from the clock when no input is given.
import { task, workflow } from "windmill-client";

const schedule = task(async (at: string, job: string) => ({ at, job }));

export const main = workflow(async (job: string, when?: string) => {
  let at = when ? new Date(when) : undefined;
  if (!at) {
    at = new Date(); // expect: WAC102
  }
  return await schedule(at.toISOString(), job);
});
