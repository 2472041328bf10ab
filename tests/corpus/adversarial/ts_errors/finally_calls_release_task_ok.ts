// SDK: windmill-client 1.818.0 client.mjs _nextStep: on the first round the try block suspends and the finally calls `release`, whose _nextStep first rethrows the parked suspension (_rethrowSwallowed): release is dispatched only once `work` finished or failed (correct as written).
import { task, workflow } from "windmill-client";

const acquire = task(async (name: string) => ({ name, token: "t1" }));
const work = task(async (token: string) => ({ token, done: true }));
const release = task(async (name: string) => ({ name, released: true }));

export const main = workflow(async (name: string) => {
  const lock = await acquire(name);
  try {
    return await work(lock.token);
  } finally {
    await release(name);
  }
});
