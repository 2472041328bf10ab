// SDK: client.mjs 1.818.0 step() JSON round trip: the step computes the wait in seconds (a number) from cron-parser's Date inside its own callback, so nothing but a number crosses the checkpoint
import parser from "cron-parser";
import { sleep, step, task, workflow } from "windmill-client";

type Schedule = { jobName: string; cron: string; tz: string };

const runBackup = task(async function runBackup(jobName: string) {
  const res = await fetch(`https://backup.internal/api/jobs/${jobName}/run`, { method: "POST" });
  return { jobName, started: res.ok };
});

function secondsUntilNext(cron: string, tz: string): number {
  const next = parser.parseExpression(cron, { tz }).next().toDate();
  return Math.max(1, Math.round((next.getTime() - Date.now()) / 1000));
}

export const main = workflow(async (schedule: Schedule, runs = 3) => {
  const done: Array<{ jobName: string; started: boolean }> = [];
  for (let i = 0; i < runs; i++) {
    const waitSeconds = await step("wait_seconds", () => secondsUntilNext(schedule.cron, schedule.tz));
    await sleep(waitSeconds);
    done.push(await runBackup(schedule.jobName));
  }
  return { done };
});
