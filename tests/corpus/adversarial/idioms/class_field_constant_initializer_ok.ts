// SDK: windmill-client 1.818.0 client.mjs: field initializers run when the class is built in the body; constants and empty arrays are the same every round.
import { task, workflow } from "windmill-client";

class RunLog {
  readonly version = 2;
  readonly entries: string[] = [];
  constructor(readonly pipeline: string, readonly startedAt: string) {}

  add(line: string): void {
    this.entries.push(line);
  }
}

const persist = task(async function persist(pipeline: string, startedAt: string, entries: string[]) {
  return { pipeline, startedAt, count: entries.length };
});

export const main = workflow(async (pipeline: string, startedAt: string) => {
  const log = new RunLog(pipeline, startedAt);
  log.add("begin");
  return await persist(log.pipeline, log.startedAt, log.entries);
});
