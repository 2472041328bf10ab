import { task, workflow, step, sleep, taskScript, taskFlow } from "windmill-client";

const t = task(async (x: number) => x);
export const u = task(async (x: number) => x);
const script = taskScript("f/a/b");
let two = task("f/x", async (x: number) => x);

export const main = workflow(async (xs: number[]) => {
  const a = await t(1);
  await t(2);
  const [b, c] = await Promise.all([t(3), u(4)]);
  return a + b + c;
});
