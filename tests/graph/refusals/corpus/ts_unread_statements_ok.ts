import { task, workflow, step, sleep, taskScript, taskFlow } from "windmill-client";

const t = task(async (x: number) => x);
export const u = task(async (x: number) => x);
const script = taskScript("f/a/b");
let two = task("f/x", async (x: number) => x);

export const main = workflow(async (xs: number[]) => {
  let p;
  p = t(1);
  (t(2));
  void t(3);
  do {
    t(4);
  } while (xs.length);
  switch (xs.length) {
    case 1:
      t(5);
  }
  outer: for (const x of xs) {
    t(6);
  }
  return t(7);
});
