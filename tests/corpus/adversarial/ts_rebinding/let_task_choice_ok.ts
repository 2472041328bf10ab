// SDK: windmill-client 1.818.0 client.mjs task(): either task is durable; the branch depends on the input only.
import { task, workflow } from "windmill-client";

const quick = task(async (n: number) => n + 1);
const heavy = task(async (n: number) => n * 1000);

export const main = workflow(async (n: number, big: boolean) => {
  let run = quick;
  if (big) run = heavy;
  return await run(n);
});
