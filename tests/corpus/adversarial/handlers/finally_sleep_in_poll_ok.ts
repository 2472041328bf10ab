// SDK: windmill-client 1.818.0 client.mjs: the finally runs while StepSuspend unwinds, but _sleep begins with _rethrowSwallowed, which rethrows the parked suspension of the task: the sleep only runs on rounds where the try finished (correct as written).
import { sleep, task, workflow } from "windmill-client";

const pollBuild = task(async (buildId: string) => ({ buildId, done: true }));

export const main = workflow(async (buildId: string) => {
  for (let i = 0; i < 10; i++) {
    try {
      const status = await pollBuild(buildId);
      if (status.done) return status;
    } finally {
      await sleep(15);
    }
  }
  return { buildId, done: false };
});
