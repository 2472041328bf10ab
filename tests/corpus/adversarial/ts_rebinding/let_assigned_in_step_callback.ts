// SDK: windmill-client 1.818.0 client.mjs step(): on replay the step's function does not run (its result comes from the checkpoint), so a body variable it assigned keeps its first value.
import { step, task, workflow } from "windmill-client";

const bill = task(async (cents: number) => ({ cents }));

export const main = workflow(async (items: number[]) => {
  let total = 0;
  await step("sum", async () => {
    total = items.reduce((a, b) => a + b, 0); // expect: WAC104
    return true;
  });
  return await bill(total);
});
