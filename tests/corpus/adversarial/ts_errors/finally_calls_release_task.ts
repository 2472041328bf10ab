// SDK: windmill-client 1.818.0 client.mjs _nextStep: on the first round the try block suspends, and the finally dispatches `release` while the lock holder has not even run; release runs before the work does.
import { task, workflow } from "windmill-client";

const acquire = task(async (name: string) => ({ name, token: "t1" }));
const work = task(async (token: string) => ({ token, done: true }));
const release = task(async (name: string) => ({ name, released: true }));

export const main = workflow(async (name: string) => {
  const lock = await acquire(name);
  try {
    return await work(lock.token);
  } finally {
    await release(name); // expect: WAC203
  }
});
