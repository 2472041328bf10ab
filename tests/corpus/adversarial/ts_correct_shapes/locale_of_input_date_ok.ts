// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; formatting an input date with an explicit locale and time zone gives the same text every replay.
import { task, workflow } from "windmill-client";

const notify = task(async (text: string) => ({ text }));

export const main = workflow(async (dueAt: string, customer: string) => {
  const due = new Date(dueAt);
  const shown = due.toLocaleString("en-GB", { timeZone: "Europe/Paris", dateStyle: "long" });
  const fmt = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });
  return await notify(`${customer}: due ${shown} (${fmt.format(due)})`);
});
