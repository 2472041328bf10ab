// SDK: windmill-client 1.818.0 client.mjs: dayjs() without an argument reads the clock; the cutoff moves between replays.
import dayjs from "dayjs";
import { task, workflow } from "windmill-client";

const purge = task(async (before: string) => before);

export const main = workflow(async (days: number) => {
  const cutoff = dayjs().subtract(days, "day").toISOString(); // expect: WAC102
  return await purge(cutoff);
});
