// SDK: windmill-client 1.818.0 client.mjs: cron-parser starts from the current time unless given `currentDate`; the next run computed in the body moves forward on each replay.
import parser from "cron-parser";
import { task, workflow } from "windmill-client";

const reserveSlot = task(async (jobName: string, at: string) => ({ jobName, at }));

export const main = workflow(async (jobName: string, cron: string = "0 9 * * 1-5") => {
  const next = parser.parseExpression(cron, { tz: "UTC" }).next().toISOString(); // expect: WAC102
  return await reserveSlot(jobName, next);
});
