// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; ts-retry-promise's retry catches it as a failed attempt and calls again after its delay, so each suspension holds the worker through the retries.
import { retry } from "ts-retry-promise";
import { task, workflow } from "windmill-client";

const sync = task(async (accountId: string) => ({ accountId, synced: true }));

export const main = workflow(async (accountId: string) => {
  return await retry(() => sync(accountId), { retries: 3, delay: 1000 }); // expect: WAC202
});
