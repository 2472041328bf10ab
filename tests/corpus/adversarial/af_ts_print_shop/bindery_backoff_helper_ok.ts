// SDK: windmill-client 1.818.0 client.mjs: task(fn, { retry: { attempts, delay, multiplier } }) retries inside _nextStep with durable backoff sleeps; assertUsableRetry accepts attempts 0..100
import { task, workflow } from "windmill-client";

type BindSpec = { jobId: string; method: "perfect" | "saddle" | "wiro"; books: number };

const bindJob = task(
  async (spec: BindSpec) => {
    const r = await fetch("https://bindery.inkwell-print.example/jobs", { method: "POST", body: JSON.stringify(spec) });
    if (r.status === 503) throw new Error("bindery line busy");
    return (await r.json()).batch as string;
  },
  { retry: { attempts: 3, delay: 30, multiplier: 2 } },
);

const trimJob = task(async (batch: string, sizeMm: [number, number]) => {
  const r = await fetch(`https://bindery.inkwell-print.example/batches/${batch}/trim`, {
    method: "POST",
    body: JSON.stringify({ sizeMm }),
  });
  return (await r.json()).ok as boolean;
});

export const main = workflow(async (spec: BindSpec, trimWidthMm = 148, trimHeightMm = 210) => {
  const batch = await bindJob(spec);
  const trimmed = await trimJob(batch, [trimWidthMm, trimHeightMm]);
  return { jobId: spec.jobId, batch, trimmed };
});
