// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; a cockatiel retry policy built with handleAll treats it as a failure and runs the callback again after its backoff, so each suspension holds the worker through the retries.
import { ExponentialBackoff, handleAll, retry } from "cockatiel";
import { task, workflow } from "windmill-client";

const policy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });

const sync = task(async (accountId: string) => ({ accountId, synced: true }));

export const main = workflow(async (accountId: string) => {
  return await policy.execute(() => sync(accountId)); // expect: WAC202
});
