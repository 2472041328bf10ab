import { task, workflow, step, sleep, taskScript, taskFlow } from "windmill-client";

const t = task(async (x: number) => x);
export const u = task(async (x: number) => x);
const script = taskScript("f/a/b");
let two = task("f/x", async (x: number) => x);

export const main = workflow(async (xs: number[]) => {
  t(1);
  return 1;
});
