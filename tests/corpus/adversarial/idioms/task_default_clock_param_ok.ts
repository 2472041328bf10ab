// SDK: windmill-client 1.818.0 client.mjs `task`: the wrapper passes only the arguments given (`kwargs` from `getParamNames(fn)`), so `at = Date.now()` is evaluated inside the task's own step, once.
import { task, workflow } from "windmill-client";

const stamp = task(async function stamp(label: string, at: number = Date.now()) {
  return { label, at };
});

export const main = workflow(async (label: string) => {
  const first = await stamp(label);
  const second = await stamp(`${label}_done`);
  return [first, second];
});
