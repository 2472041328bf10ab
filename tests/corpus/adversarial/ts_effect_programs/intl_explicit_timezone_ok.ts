// SDK: windmill-client 1.818.0 client.mjs: a formatter built with an explicit timeZone reports that zone from resolvedOptions(); nothing read from the worker.
import { task, workflow } from "windmill-client";

const schedule = task(async (userId: string, zone: string, hour: number) => ({ userId, zone, hour }));

export const main = workflow(async (userId: string, zone: string = "UTC", hour: number = 9) => {
  const checked = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  return await schedule(userId, checked, hour);
});
