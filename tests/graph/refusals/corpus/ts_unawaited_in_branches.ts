import { task, workflow, step, sleep, taskScript, taskFlow } from "windmill-client";

const t = task(async (x: number) => x);
export const u = task(async (x: number) => x);
const script = taskScript("f/a/b");
let two = task("f/x", async (x: number) => x);

export const main = workflow(async (xs: number[]) => {
  if (xs.length) {
    t(1);
  } else if (xs) {
    t(2);
  } else t(3);
  for (const x of xs) {
    t(4);
  }
  for (let i = 0; i < 2; i++) t(5);
  while (xs.length) {
    t(6);
  }
  {
    t(7);
  }
  try {
    t(8);
  } catch (e) {
    t(9);
  } finally {
    t(10);
  }
  return 1;
});
