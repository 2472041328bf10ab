// SDK: windmill-client 1.818.0 client.mjs: resolvedOptions().timeZone is the worker's time zone (TZ), an environment read made again each round.
import { task, workflow } from "windmill-client";

const scheduleReport = task(async (zone: string) => `cron in ${zone}`);

export const main = workflow(async () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone; // expect: WAC102
  return await scheduleReport(zone);
});
