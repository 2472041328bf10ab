// SDK: windmill-client 1.818.0 workflow(); /f/lib/index.ts re-exports postJson as send and time.ts
import { task, workflow } from "windmill-client";
import { dueIn, monthKey, send } from "/f/lib/index.ts";

const closePeriod = task(async (period: string) => {
  return { period, closed: true };
});

export const main = workflow(async (period: string, webhookUrl: string, token: string) => {
  const closed = await closePeriod(period);
  const key = monthKey(period);
  await send(webhookUrl, { key, closed, nextRunBy: dueIn(30) }, token); // expect: WAC101, WAC102
  return closed;
});
