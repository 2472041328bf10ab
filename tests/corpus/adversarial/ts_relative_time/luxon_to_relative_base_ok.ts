// SDK: windmill-client 1.818.0 client.mjs: luxon's toRelative({ base }) counts from the base given (captured by a step): the same text every replay.
import { DateTime } from "luxon";
import { step, task, workflow } from "windmill-client";

const remind = task(async (userId: string, text: string) => ({ userId, text }));

export const main = workflow(async (userId: string, dueAt: string) => {
  const nowIso = await step("now", () => new Date().toISOString());
  const when = DateTime.fromISO(dueAt).toRelative({ base: DateTime.fromISO(nowIso) });
  return await remind(userId, `Your invoice is due ${when}`);
});
