// SDK: windmill-client 1.818.0 client.mjs: a task body runs once in its own job; timing it with performance.now() and Date.now() there is fine.
import { task, workflow } from "windmill-client";

const benchmark = task(async (url: string, runs: number) => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fetch(url, { method: "HEAD" });
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { url, p50: samples[Math.floor(samples.length / 2)], at: Date.now() };
});

export const main = workflow(async (urls: string[], runs: number = 5) => {
  const out = [];
  for (const u of urls) out.push(await benchmark(u, runs));
  return out;
});
