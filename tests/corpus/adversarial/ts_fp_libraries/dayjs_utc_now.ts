// SDK: windmill-client 1.818.0 client.mjs: the body replays; dayjs.utc() without an argument is the current time, so the window it computes moves each round.
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc";
import { task, workflow } from "windmill-client";

dayjs.extend(utc);

const pullUsage = task(async (accountId: string, from: string, to: string) => ({ accountId, from, to, units: 0 }));

export const main = workflow(async (accountId: string, hours: number = 24) => {
  const end = dayjs.utc().startOf("hour"); // expect: WAC102
  const start = end.subtract(hours, "hour");
  return await pullUsage(accountId, start.toISOString(), end.toISOString());
});
