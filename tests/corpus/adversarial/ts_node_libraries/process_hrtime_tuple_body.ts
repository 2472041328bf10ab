// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; process.hrtime() reads the monotonic clock, and a deadline on it takes another branch on replay.
import { task, workflow } from "windmill-client";

const step1 = task(async (x: number) => x + 1);

export const main = workflow(async (x: number) => {
  const [sec] = process.hrtime(); // expect: WAC102
  if (sec % 2 === 0) return await step1(x);
  return x;
});
