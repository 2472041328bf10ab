// SDK: client.mjs 1.818.0 step() JSON round trip turns a Date into its ISO string; cron-parser's `next().toDate()` is a native Date, so `nextRun.getTime()` in the body is a TypeError on a string
import parser from "cron-parser";
import { sleep, step, task, workflow } from "windmill-client";

type Schedule = { jobName: string; cron: string; tz: string };

const runBackup = task(async function runBackup(jobName: string) {
  const res = await fetch(`https://backup.internal/api/jobs/${jobName}/run`, { method: "POST" });
  return { jobName, started: res.ok };
});

export const main = workflow(async (schedule: Schedule, runs = 3) => {
  const done: Array<{ jobName: string; started: boolean }> = [];
  for (let i = 0; i < runs; i++) {
    const nextRun = await step("next_run", () => parser.parseExpression(schedule.cron, { tz: schedule.tz }).next().toDate()); // expect: WAC107
    const waitSeconds = await step("wait_seconds", () => Math.max(1, Math.round((nextRun.getTime() - Date.now()) / 1000)));
    await sleep(waitSeconds);
    done.push(await runBackup(schedule.jobName));
  }
  return { done };
});
