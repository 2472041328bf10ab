// SDK: windmill-client 1.818.0 client.mjs task(): options are read when task() runs at module level; the later assignment only changes a local name.
import { task, workflow } from "windmill-client";

let opts = { timeout: 600 };

const crunch = task(async (n: number) => n * 2, opts);

opts = { timeout: 5 };

export const main = workflow(async (n: number) => {
  return await crunch(n);
});
