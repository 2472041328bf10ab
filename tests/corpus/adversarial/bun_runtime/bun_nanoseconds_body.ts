// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; Bun.nanoseconds() is a clock read that differs each round, and here it picks the branch.
import { task, workflow } from "windmill-client";

const sample = task(async (metric: string) => ({ metric, value: 1 }));
const full = task(async (metric: string) => ({ metric, value: 2 }));

export const main = workflow(async (metric: string) => {
  const tick = Bun.nanoseconds(); // expect: WAC102
  if (tick % 2 === 0) {
    return await sample(metric);
  }
  return await full(metric);
});
