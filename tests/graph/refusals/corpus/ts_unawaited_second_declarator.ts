import { task, workflow, step, sleep, taskScript, taskFlow } from "windmill-client";

const t = task(async (x: number) => x);
export const u = task(async (x: number) => x);
const script = taskScript("f/a/b");
let two = task("f/x", async (x: number) => x);

export const main = workflow(async (xs: number[]) => {
  let a = 1, b = t(1);
  const c = await t(2), d = t(3);
  return 1;
});
