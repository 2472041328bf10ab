// SDK: windmill-client 1.818.0 sleep() until an input deadline computed against a time checkpointed in step; a helper that rethrows suspension before handling business errors
import { sleep, step, task, workflow } from "windmill-client";

type Job = { id: string; due: string; linguist: string; pm: string };

function rethrowIfSuspend(e: unknown): void {
  if (e instanceof Error && e.name === "StepSuspend") throw e;
}

const progressOf = task(async (jobId: string) => {
  const res = await fetch(`https://cat.agency.example/jobs/${jobId}/progress`);
  if (!res.ok) throw new Error(`progress ${res.status}`);
  return (await res.json()) as { percent: number };
});

const escalate = task(async (job: Job, percent: number) => {
  await fetch("https://chat.agency.example/escalations", {
    method: "POST",
    body: JSON.stringify({ to: job.pm, text: `${job.id} by ${job.linguist} is at ${percent}%` }),
  });
  return { escalated: job.id };
});

export const main = workflow(async (job: Job, warnAtFraction = 0.75) => {
  const startMs = await step("start_ms", () => Date.now());
  const dueMs = Date.parse(job.due);
  const warnMs = startMs + (dueMs - startMs) * warnAtFraction;
  const waitS = Math.max(0, Math.floor((warnMs - startMs) / 1000));
  if (waitS > 0) await sleep(waitS);
  let percent = 0;
  try {
    percent = (await progressOf(job.id)).percent;
  } catch (e) {
    rethrowIfSuspend(e);
    console.warn(`could not read progress for ${job.id}: ${(e as Error).message}`);
  }
  if (percent >= 100 * warnAtFraction) return { escalated: null, percent };
  return { ...(await escalate(job, percent)), percent };
});
