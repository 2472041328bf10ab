// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; Promise.allSettled over stored task promises turns the suspension into a rejected result.
import { task, workflow } from "windmill-client";
const t = task(async (x: number) => x);
export const main = workflow(async (xs: number[]) => {
  const ps = xs.map((x) => t(x));
  return await Promise.allSettled(ps); // expect: WAC202
});
