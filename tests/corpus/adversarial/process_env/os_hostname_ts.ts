// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top each round, possibly on another worker; os.hostname() there names whichever worker runs this round.
import os from "node:os";
import { task, workflow } from "windmill-client";

const acquireLock = task(async (lock: string, owner: string) => true);
const releaseLock = task(async (lock: string, owner: string) => true);

export const main = workflow(async (index: string) => {
  const owner = os.hostname(); // expect: WAC102
  await acquireLock(index, owner);
  await releaseLock(index, owner);
  return { index };
});
