// SDK: windmill-client 1.818.0 client.mjs: replays can run on other workers; the default time zone is read from the worker's environment (TZ) each round.
import { task, workflow } from "windmill-client";

const schedule = task(async (userId: string, tz: string) => ({ userId, tz }));

export const main = workflow(async (userId: string) => {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone; // expect: WAC102
  return await schedule(userId, tz);
});
