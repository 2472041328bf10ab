// SDK: windmill-client 1.818.0 client.mjs: a finally also runs while StepSuspend propagates; a step() there is reached on the way out of each suspension.
import { step, task, workflow } from "windmill-client";

const runLoadTest = task(async (target: string, rps: number) => ({ target, p99: 180 }));

export const main = workflow(async (target: string, rps: number) => {
  try {
    return await runLoadTest(target, rps);
  } finally {
    await step("finished_at", () => new Date().toISOString()); // expect: WAC203
  }
});
