// SDK: windmill-client 1.818.0 client.mjs: the step returns epoch milliseconds (a number survives JSON); DateTime.fromMillis rebuilds the value in the body.
import { DateTime } from "luxon";
import { step, task, workflow } from "windmill-client";

const remind = task(async (userId: string, at: string) => ({ userId, at }));

export const main = workflow(async (userId: string, hours: number = 24) => {
  const nowMs = await step("now", () => DateTime.utc().toMillis());
  return await remind(userId, DateTime.fromMillis(nowMs, { zone: "utc" }).plus({ hours }).toISO()!);
});
