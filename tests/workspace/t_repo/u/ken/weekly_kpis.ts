// SDK: windmill-client 1.818.0 client.mjs: the body reruns every round; a value read from the clock or Math.random differs between rounds
import { task, workflow } from "windmill-client";

import { pct, sampleRate, sinceDays } from "./helpers.ts";

const activeUsers = task(async (since: string, rate: number) => {
  return { active: 1200, total: 1500, since, rate };
});

export const main = workflow(async (days = 7) => {
  const since = sinceDays(days); // expect: WAC102
  const rate = sampleRate(); // expect: WAC102
  const kpi = await activeUsers(since, rate);
  return { since, share: pct(kpi.active, kpi.total) };
});
