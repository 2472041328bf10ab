// SDK: windmill-client 1.818.0 client.mjs step(name, fn) awaits fn() inside _runInlineStep only; Date.now passed by reference is read once and replayed.
import { step, task, workflow } from "windmill-client";

const measure = task(async (url: string) => {
  const t0 = performance.now();
  await fetch(url);
  return Math.round(performance.now() - t0);
});

export const main = workflow(async (urls: string[]) => {
  const startedAt = await step("started_at", Date.now);
  const timings: Record<string, number> = {};
  for (const url of urls) timings[url] = await measure(url);
  const finishedAt = await step("finished_at", Date.now);
  return { timings, wallMs: finishedAt - startedAt };
});
