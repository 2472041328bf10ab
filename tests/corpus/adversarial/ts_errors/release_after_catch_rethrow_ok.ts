// SDK: windmill-client 1.818.0 client.mjs: the handler rethrows StepSuspend untouched and releases only after a real task failure; the success path releases after the work.
import { StepSuspend, task, workflow } from "windmill-client";

const acquire = task(async (name: string) => ({ name, token: "t1" }));
const work = task(async (token: string) => ({ token, done: true }));
const release = task(async (name: string) => ({ name, released: true }));

export const main = workflow(async (name: string) => {
  const lock = await acquire(name);
  let result;
  try {
    result = await work(lock.token);
  } catch (e) {
    if (e instanceof StepSuspend) throw e;
    await release(name);
    throw e;
  }
  await release(name);
  return result;
});
