// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; performance.now() read only for a log line changes nothing that is checkpointed or dispatched.
import { task, workflow } from "windmill-client";

const crunch = task(async (batch: number) => ({ batch, done: true }));

export const main = workflow(async (batches: number) => {
  const t0 = performance.now();
  const out = [];
  for (let i = 0; i < batches; i++) out.push(await crunch(i));
  console.log(`round took ${(performance.now() - t0).toFixed(1)} ms`);
  return out;
});
