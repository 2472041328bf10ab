// SDK: windmill-client 1.818.0 client.mjs step(): the result goes through JSON.stringify (encodeCheckpointPayload); a Date comes back as its ISO string.
import { step, task, workflow } from "windmill-client";

const scheduleReminder = task(async (at: string) => ({ at }));

export const main = workflow(async (delayMinutes: number) => {
  const now = await step("now", () => new Date()); // expect: WAC107
  const at = new Date(now.getTime() + delayMinutes * 60_000);
  return await scheduleReminder(at.toISOString());
});
