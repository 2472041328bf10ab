// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; Bun.hash of an input is a pure function and gives the same shard each round.
import { task, workflow } from "windmill-client";

const sample = task(async (metric: string) => ({ metric, value: 1 }));
const full = task(async (metric: string) => ({ metric, value: 2 }));

export const main = workflow(async (metric: string) => {
  const shard = Number(Bun.hash(metric) % 2n);
  if (shard === 0) {
    return await sample(metric);
  }
  return await full(metric);
});
