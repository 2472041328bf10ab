// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round, possibly on another worker; the load average of this round's worker decides how many tasks the body starts.
import { loadavg } from "node:os";
import { task, workflow } from "windmill-client";

const shard = task(async (i: number) => ({ i, done: true }));

export const main = workflow(async (n: number) => {
  const busy = loadavg()[0] > 4; // expect: WAC102
  const count = busy ? Math.min(n, 2) : n;
  const out = [];
  for (let i = 0; i < count; i++) out.push(await shard(i));
  return out;
});
