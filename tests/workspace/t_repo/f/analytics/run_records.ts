// SDK: windmill-client 1.818.0 client.mjs: the body reruns each round; class field initializers run on every `new`
import { task, workflow } from "windmill-client";

import { RunRecord } from "/f/shared/records.ts";
import { compactPartition } from "./tasks.ts";

const saveRun = task(async (pipeline: string, startedAt: number, steps: string[]) => {
  return { pipeline, startedAt, steps };
});

export const main = workflow(async (tables: string[], day: string) => {
  const run = new RunRecord("compaction"); // expect: WAC102
  for (const table of tables) {
    await compactPartition(table, day);
    run.add(table);
  }
  return await saveRun(run.pipeline, run.startedAt, run.steps);
});
