// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; p-retry catches it as a failed attempt and waits and retries (the SDK rethrows it at the next call), so each suspension holds the worker through the backoff.
import pRetry from "p-retry";
import { task, workflow } from "windmill-client";

const sync = task(async (id: string) => ({ id, synced: true }));

export const main = workflow(async (id: string) => {
  return await pRetry(() => sync(id), { retries: 5 }); // expect: WAC202
});
