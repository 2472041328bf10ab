// SDK: windmill-client 1.818.0 client.mjs step(): the step returns the value and the body assigns it, so replays get it from the checkpoint.
import { step, task, workflow } from "windmill-client";

const bill = task(async (cents: number) => ({ cents }));

export const main = workflow(async (items: number[]) => {
  let total = 0;
  total = await step("sum", async () => items.reduce((a, b) => a + b, 0));
  return await bill(total);
});
