// SDK: windmill-client 1.818.0 client.mjs: step() checkpoints both values, so replays see the same ones
import { step, task, workflow } from "windmill-client";

import { dayKey, pct, sampleRate, sinceDays } from "./helpers.ts";

const activeUsers = task(async (since: string, rate: number) => {
  return { active: 1200, total: 1500, since, rate };
});

export const main = workflow(async (days = 7) => {
  const since = await step("since", () => sinceDays(days));
  const rate = await step("sample_rate", () => sampleRate());
  const kpi = await activeUsers(since, rate);
  return { since, key: dayKey(since), share: pct(kpi.active, kpi.total) };
});
