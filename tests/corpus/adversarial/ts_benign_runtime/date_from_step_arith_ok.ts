// SDK: windmill-client 1.818.0 client.mjs: a timestamp captured by step() comes back as the same number every replay; Date objects built from it and changed with setUTCHours are body state derived from checkpointed data.
import { sleep, step, task, workflow } from "windmill-client";

const remind = task(async (userId: string, at: string) => ({ userId, at }));

export const main = workflow(async (userId: string, hoursLater: number = 24) => {
  const startedMs = await step("started", () => Date.now());
  const due = new Date(startedMs);
  due.setUTCHours(due.getUTCHours() + hoursLater, 0, 0, 0);
  const waitSeconds = Math.max(0, Math.round((due.getTime() - startedMs) / 1000));
  await sleep(waitSeconds);
  return await remind(userId, due.toISOString());
});
