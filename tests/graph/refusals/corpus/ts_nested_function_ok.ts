import { task, workflow, step, sleep, taskScript, taskFlow } from "windmill-client";

const t = task(async (x: number) => x);
export const u = task(async (x: number) => x);
const script = taskScript("f/a/b");
let two = task("f/x", async (x: number) => x);

export const main = workflow(async (xs: number[]) => {
  async function go(x: number) {
    await t(x);
    t(x);
  }
  const run = async () => {
    await t(1);
  };
  await (async () => {
    await t(2);
  })();
  await go(1);
  await run();
  return await Promise.all(xs.map((x) => t(x)));
});
