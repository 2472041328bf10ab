// SDK: windmill-client 1.818.0 client.mjs: promises from an async map callback gathered with Promise.all later are awaited.
import { task, step, workflow } from "windmill-client";
const t = task(async (x: number) => x);
export const main = workflow(async (xs: number[]) => {
  const ps = xs.map(async (x) => await t(x));
  return await Promise.all(ps);
});
