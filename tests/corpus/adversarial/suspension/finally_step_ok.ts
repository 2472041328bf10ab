// SDK: windmill-client 1.818.0 client.mjs: a finally also runs while StepSuspend propagates, but _runInlineStep rethrows the parked suspension before running its function: the step runs once the task finished (correct as written).
import { step, task, workflow } from "windmill-client";

const runLoadTest = task(async (target: string, rps: number) => ({ target, p99: 180 }));

export const main = workflow(async (target: string, rps: number) => {
  try {
    return await runLoadTest(target, rps);
  } finally {
    await step("finished_at", () => new Date().toISOString());
  }
});
