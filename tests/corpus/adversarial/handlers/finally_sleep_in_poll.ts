// SDK: windmill-client 1.818.0 client.mjs: the finally runs while StepSuspend unwinds, and its sleep() raises a suspension of its own in place of the task's.
import { sleep, task, workflow } from "windmill-client";

const pollBuild = task(async (buildId: string) => ({ buildId, done: true }));

export const main = workflow(async (buildId: string) => {
  for (let i = 0; i < 10; i++) {
    try {
      const status = await pollBuild(buildId);
      if (status.done) return status;
    } finally {
      await sleep(15); // expect: WAC203
    }
  }
  return { buildId, done: false };
});
