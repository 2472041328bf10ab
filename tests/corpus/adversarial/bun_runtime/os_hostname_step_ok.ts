// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the host name is read once and checkpointed; replays on other workers get the stored value.
import { hostname } from "node:os";
import { step, task, workflow } from "windmill-client";

const acquireLock = task(async (name: string, owner: string) => ({ name, owner, held: true }));

export const main = workflow(async (name: string) => {
  const owner = await step("owner", () => hostname());
  return await acquireLock(name, owner);
});
