// SDK: windmill-client 1.818.0 client.mjs task(): the child job replays the body and, at its `_executingKey`, calls `fn(...args)` with that replay's own values, so a Date arrives as a Date.
import { task, workflow } from "windmill-client";

const purgeBefore = task(async (cutoff: Date) => cutoff.getTime());

export const main = workflow(async (since: string) => {
  return await purgeBefore(new Date(since));
});
