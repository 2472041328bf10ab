// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a helper's default parameter is evaluated at each call that leaves it out, so `now` is read from the clock in the body every replay.
import { task, workflow } from "windmill-client";

const windowStart = <T extends { days: number }>(opts: T, now: number = Date.now()): string =>
  new Date(now - opts.days * 86_400_000).toISOString();

const exportSince = task(async (since: string) => ({ since, rows: 12 }));

export const main = workflow(async (days: number) => {
  const since = windowStart({ days }); // expect: WAC102
  return await exportSince(since);
});
