// SDK: windmill-client 1.818.0 client.mjs: a task body runs once in its own job; timing it with performance.now() there is fine.
import { task, workflow } from "windmill-client";

const benchmark = task(async (url: string) => {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { url, ms: Math.round(performance.now() - t0) };
});

export const main = workflow(async (urls: string[]) => {
  const results = [];
  for (const url of urls) results.push(await benchmark(url));
  return results.sort((a, b) => a.ms - b.ms);
});
