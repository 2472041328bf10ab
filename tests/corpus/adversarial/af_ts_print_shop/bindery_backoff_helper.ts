// SDK: windmill-client 1.818.0 client.mjs: the first round of `await bindJob(...)` throws StepSuspend (an Error); `catch {}` takes it for a failure and sleeps, then the next SDK call (_rethrowSwallowed) rethrows the parked suspension, so each round burns one durable sleep key before the bind ever runs
import { task, workflow, sleep } from "windmill-client";

// Ported from Cloudflare Workflows, where `step.do(name, { retries }, fn)` retried.
type BindSpec = { jobId: string; method: "perfect" | "saddle" | "wiro"; books: number };

const bindJob = task(async (spec: BindSpec) => {
  const r = await fetch("https://bindery.inkwell-print.example/jobs", { method: "POST", body: JSON.stringify(spec) });
  if (r.status === 503) throw new Error("bindery line busy");
  return (await r.json()).batch as string;
});

const trimJob = task(async (batch: string, sizeMm: [number, number]) => {
  const r = await fetch(`https://bindery.inkwell-print.example/batches/${batch}/trim`, {
    method: "POST",
    body: JSON.stringify({ sizeMm }),
  });
  return (await r.json()).ok as boolean;
});

async function withBackoff<T>(fn: () => PromiseLike<T>, attempts = 4): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch {
      if (i + 1 >= attempts) throw new Error(`gave up after ${attempts} attempts`);
      await sleep(30 * 2 ** i);
    }
  }
}

export const main = workflow(async (spec: BindSpec, trimWidthMm = 148, trimHeightMm = 210) => {
  const batch = await withBackoff(() => bindJob(spec)); // expect: WAC202
  const trimmed = await trimJob(batch, [trimWidthMm, trimHeightMm]);
  return { jobId: spec.jobId, batch, trimmed };
});
