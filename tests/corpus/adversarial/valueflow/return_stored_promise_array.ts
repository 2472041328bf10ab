// SDK: windmill-client 1.818.0 client.mjs workflow(): the body's result is returned after one await of the body; an array of task promises inside it is never awaited.
import { task, step, workflow } from "windmill-client";
const t = task(async (x: number) => x);
export const main = workflow(async (xs: number[]) => {
  const jobs = xs.map((x) => t(x));
  return jobs; // expect: WAC106
});
