// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the helper's clock default is never used: the body passes the time a step recorded.
import { step, task, workflow } from "windmill-client";

const windowStart = <T extends { days: number }>(opts: T, now: number = Date.now()): string =>
  new Date(now - opts.days * 86_400_000).toISOString();

const exportSince = task(async (since: string) => ({ since, rows: 12 }));

export const main = workflow(async (days: number) => {
  const now = await step("now", () => Date.now());
  return await exportSince(windowStart({ days }, now));
});
