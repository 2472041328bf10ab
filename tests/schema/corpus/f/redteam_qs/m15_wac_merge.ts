import { workflow, task } from "windmill-client";

const t = task(async (x: number) => x * 2);

export const main = workflow(async (n: number, label: string = "run") => {
  return await t(n);
});
