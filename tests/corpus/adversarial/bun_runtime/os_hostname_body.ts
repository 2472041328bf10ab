// SDK: windmill-client 1.818.0 client.mjs: each replay can run on another worker; os.hostname() in the body reads the machine, so the lock owner changes between rounds.
import os from "node:os";
import { task, workflow } from "windmill-client";

const acquireLock = task(async (name: string, owner: string) => ({ name, owner, held: true }));

export const main = workflow(async (name: string) => {
  const owner = os.hostname(); // expect: WAC102
  return await acquireLock(name, owner);
});
