// SDK: windmill-client 1.818.0 client.mjs step(): an ISO string survives JSON.stringify; parsing it back with new Date(str) reads no clock.
import { step, task, workflow } from "windmill-client";

const scheduleReminder = task(async (at: string) => ({ at }));

export const main = workflow(async (delayMinutes: number) => {
  const nowIso = await step("now", () => new Date().toISOString());
  const at = new Date(new Date(nowIso).getTime() + delayMinutes * 60_000);
  return await scheduleReminder(at.toISOString());
});
