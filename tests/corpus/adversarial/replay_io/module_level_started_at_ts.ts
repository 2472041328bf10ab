// SDK: windmill-client 1.818.0 client.mjs / launch post "the script exits" at each suspension: module code runs again each round, so a module-level Date.now() changes between replays.
import { task, workflow } from "windmill-client";

const STARTED_AT = new Date().toISOString();

const extract = task(async (since: string) => ({ since, rows: 3 }));

export const main = workflow(async () => {
  const batch = await extract(STARTED_AT); // expect: WAC102
  return { startedAt: STARTED_AT, rows: batch.rows };
});
