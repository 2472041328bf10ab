// SDK: windmill-client 1.818.0 client.mjs: formatting an input date with an explicit locale and time zone gives the same text on every worker and every replay.
import { task, workflow } from "windmill-client";

const sendReminder = task(async (userId: string, when: string) => ({ userId, when }));

export const main = workflow(async (userId: string, dueAt: string, tz: string) => {
  const when = new Date(dueAt).toLocaleString("en-US", { timeZone: tz, dateStyle: "medium", timeStyle: "short" });
  const resolved = new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
  return await sendReminder(userId, `${when} (${resolved})`);
});
