// SDK: windmill-client 1.818.0 client.mjs: the zone comes from the workflow's input, the same in every round.
import { task, workflow } from "windmill-client";

const scheduleReport = task(async (zone: string) => `cron in ${zone}`);

export const main = workflow(async (zone: string = "Europe/Paris") => {
  return await scheduleReport(zone.trim());
});
