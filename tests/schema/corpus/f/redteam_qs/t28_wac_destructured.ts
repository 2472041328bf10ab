import { workflow, task } from "windmill-client";

const step1 = task(async (a: string) => a);

export const main = workflow(async ({ a, b }: { a: string; b: number }, retries = 2) => {
  return await step1(a);
});
