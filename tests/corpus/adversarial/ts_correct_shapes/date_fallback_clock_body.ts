// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; when no date is given, the fallback reads the clock in the body and the cutoff sent to the task moves every replay.
import { task, workflow } from "windmill-client";

const purge = task(async (before: string) => ({ before, purged: 3 }));

export const main = workflow(async (before?: string) => {
  const cutoff = new Date(before ?? Date.now()); // expect: WAC102
  cutoff.setUTCDate(cutoff.getUTCDate() - 30);
  return await purge(cutoff.toISOString());
});
