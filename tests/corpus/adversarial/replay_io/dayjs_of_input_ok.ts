// SDK: windmill-client 1.818.0 client.mjs: dayjs(input) parses the given date; no clock read, the same on every replay.
import dayjs from "dayjs";
import { task, workflow } from "windmill-client";

const purge = task(async (before: string) => before);

export const main = workflow(async (since: string, days: number) => {
  const cutoff = dayjs(since).subtract(days, "day").toISOString();
  return await purge(cutoff);
});
