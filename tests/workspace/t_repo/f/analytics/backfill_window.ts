// SDK: windmill-client 1.818.0 client.mjs: step() checkpoints checkpointableResult(result); a Date is stored as its ISO string and replays as a string
import { step, task, workflow } from "windmill-client";

import { compactPartition } from "./tasks.ts";
import { dayKey, parseDay } from "/f/shared/dates.ts";

export const main = workflow(async (table: string, fromDay: string, days: number) => {
  const start = await step("start_day", () => parseDay(fromDay)); // expect: WAC107
  const done: string[] = [];
  for (let i = 0; i < days; i++) {
    const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    await compactPartition(table, day);
    done.push(dayKey(day));
  }
  return done;
});
