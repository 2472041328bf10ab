// SDK: windmill-client 1.818.0 client.mjs: the body re-runs from the top; `new RunLog(...)` evaluates the field initializer `Date.now()` each round, and the value reaches a task.
import { task, workflow } from "windmill-client";

class RunLog {
  readonly startedAt = Date.now();
  readonly entries: string[] = [];
  constructor(readonly pipeline: string) {}
}

const persist = task(async function persist(pipeline: string, startedAt: number) {
  return { pipeline, startedAt };
});

export const main = workflow(async (pipeline: string) => {
  const log = new RunLog(pipeline); // expect: WAC102
  return await persist(log.pipeline, log.startedAt);
});
