// SDK: windmill-client 1.818.0 client.mjs: promises of async helpers that run tasks, gathered with Promise.all, are awaited.
import { task, step, workflow } from "windmill-client";
const t = task(async (x: number) => x);
async function run(x: number) { return await t(x); }
export const main = workflow(async (xs: number[]) => {
  const a = run(xs[0]);
  const b = run(xs[1]);
  return await Promise.all([a, b]);
});
