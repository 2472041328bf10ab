// SDK: windmill-client 1.818.0 client.mjs: `Intl.DateTimeFormat().resolvedOptions().timeZone` is the worker's time zone (its TZ setting); a replay may run on another worker, so the value can change between rounds.
import { task, workflow } from "windmill-client";

const schedule = task(async (userId: string, zone: string, hour: number) => ({ userId, zone, hour }));

export const main = workflow(async (userId: string, hour: number = 9) => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone; // expect: WAC102
  return await schedule(userId, zone, hour);
});
