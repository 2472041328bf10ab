// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the auto-accessor's initializer runs when the class is built in the body, so `startedAt` is a new clock read every replay.
import { task, workflow } from "windmill-client";

class RunInfo {
  accessor startedAt = Date.now();
  accessor attempt = 1;
}

const runBatch = task(async (batch: string, startedAt: number) => ({ batch, startedAt }));

export const main = workflow(async (batch: string) => {
  const info = new RunInfo(); // expect: WAC102
  return await runBatch(batch, info.startedAt);
});
