// SDK: windmill-client 1.818.0 client.mjs step(): the host name is read once inside the step and every replay gets the recorded string.
import os from "node:os";
import { step, task, workflow } from "windmill-client";

const acquireLock = task(async (lock: string, owner: string) => true);
const releaseLock = task(async (lock: string, owner: string) => true);

export const main = workflow(async (index: string) => {
  const owner = await step("lock_owner", () => os.hostname());
  await acquireLock(index, owner);
  await releaseLock(index, owner);
  return { index };
});
