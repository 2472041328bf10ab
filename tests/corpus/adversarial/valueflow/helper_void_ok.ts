// SDK: windmill-client 1.818.0 client.mjs: `void run(x)` is a deliberate fire-and-forget of an async helper; the task it awaits is still dispatched.
import { task, taskScript, step, workflow } from "windmill-client";
const t = task(async (x: number) => x);
async function run(x: number) { await t(x); }
export const main = workflow(async (x: number) => {
  void run(x);
  return 1;
});
