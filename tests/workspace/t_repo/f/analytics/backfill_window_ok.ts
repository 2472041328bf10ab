// SDK: windmill-client 1.818.0 client.mjs: a step returning an ISO string replays identically
import { step, task, workflow } from "windmill-client";

import { compactPartition } from "./tasks.ts";
import { dayKey, daysAgo, parseDay } from "/f/shared/dates.ts";

export const main = workflow(async (table: string, days: number, fromDay?: string) => {
  const startIso = await step("start_day", () => (fromDay ? parseDay(fromDay).toISOString() : daysAgo(days)));
  const start = parseDay(startIso.slice(0, 10));
  const done: string[] = [];
  for (let i = 0; i < days; i++) {
    const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    await compactPartition(table, day);
    done.push(dayKey(day));
  }
  return done;
});
