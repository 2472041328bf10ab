// SDK: windmill-client 1.818.0 client.mjs: dayjs.utc(value) parses the value given; from the input it is the same every replay.
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc";
import { task, workflow } from "windmill-client";

dayjs.extend(utc);

const pullUsage = task(async (accountId: string, from: string, to: string) => ({ accountId, from, to, units: 0 }));

export const main = workflow(async (accountId: string, windowEnd: string, hours: number = 24) => {
  const end = dayjs.utc(windowEnd).startOf("hour");
  const start = end.subtract(hours, "hour");
  return await pullUsage(accountId, start.toISOString(), end.toISOString());
});
