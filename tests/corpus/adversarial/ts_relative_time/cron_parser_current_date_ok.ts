// SDK: windmill-client 1.818.0 client.mjs: cron-parser given `currentDate` from the input computes the same next run every replay.
import parser from "cron-parser";
import { task, workflow } from "windmill-client";

const reserveSlot = task(async (jobName: string, at: string) => ({ jobName, at }));

export const main = workflow(async (jobName: string, after: string, cron: string = "0 9 * * 1-5") => {
  const next = parser.parseExpression(cron, { currentDate: new Date(after), tz: "UTC" }).next().toISOString();
  return await reserveSlot(jobName, next);
});
