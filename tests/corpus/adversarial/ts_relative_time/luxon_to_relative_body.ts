// SDK: windmill-client 1.818.0 client.mjs: luxon's toRelative() without a `base` counts from the current time ("in 3 days"), so the reminder text changes between replays.
import { DateTime } from "luxon";
import { task, workflow } from "windmill-client";

const remind = task(async (userId: string, text: string) => ({ userId, text }));

export const main = workflow(async (userId: string, dueAt: string) => {
  const when = DateTime.fromISO(dueAt).toRelative(); // expect: WAC102
  return await remind(userId, `Your invoice is due ${when}`);
});
