// SDK: windmill-client 1.818.0 client.mjs: a pure class built in the body gives the same value every round
import { step, task, workflow } from "windmill-client";

import { RunLabel } from "/f/shared/records.ts";
import { compactPartition } from "./tasks.ts";

const saveRun = task(async (label: string, startedAt: number, steps: string[]) => {
  return { label, startedAt, steps };
});

export const main = workflow(async (tables: string[], day: string) => {
  const label = new RunLabel("compaction", day);
  const startedAt = await step("started_at", () => Date.now());
  const steps: string[] = [];
  for (const table of tables) {
    await compactPartition(table, day);
    steps.push(table);
  }
  return await saveRun(label.toString(), startedAt, steps);
});
