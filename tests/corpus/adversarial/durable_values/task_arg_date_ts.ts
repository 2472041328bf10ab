// SDK: windmill-client 1.818.0 client.mjs task(): arguments are sent as the child job's args (JSON): a Date arrives as its ISO string.
import { task, workflow } from "windmill-client";

const purgeBefore = task(async (cutoff: Date) => cutoff.getTime());

export const main = workflow(async (since: string) => {
  return await purgeBefore(new Date(since)); // expect: WAC107
});
