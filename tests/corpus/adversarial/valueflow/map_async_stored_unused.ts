// SDK: windmill-client 1.818.0 client.mjs: the array of promises the async map callback returns is stored and never awaited, so the tasks' results and failures are lost.
import { task, step, workflow } from "windmill-client";
const t = task(async (x: number) => x);
export const main = workflow(async (xs: number[]) => {
  const ps = xs.map(async (x) => await t(x)); // expect: WAC106
  return xs.length;
});
