// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; process.hrtime.bigint() reads the worker's monotonic clock, so a budget check on it takes another branch on replay.
import { task, workflow } from "windmill-client";

const crunch = task(async (batch: number) => ({ batch, done: true }));

const BUDGET_NS = 5_000_000_000n;

export const main = workflow(async (batches: number) => {
  const t0 = process.hrtime.bigint(); // expect: WAC102
  const out = [];
  for (let i = 0; i < batches; i++) {
    if (process.hrtime.bigint() - t0 > BUDGET_NS) break; // expect: WAC102
    out.push(await crunch(i));
  }
  return out;
});
