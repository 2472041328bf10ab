// SDK: windmill-client 1.818.0 client.mjs workflow(): the async body's returned promise is adopted (awaited) by the async function, so returning an async helper's promise is fine.
import { task, taskScript, step, workflow } from "windmill-client";
const t = task(async (x: number) => x);
async function run(x: number) { return await t(x); }
export const main = workflow(async (x: number) => {
  return run(x);
});
