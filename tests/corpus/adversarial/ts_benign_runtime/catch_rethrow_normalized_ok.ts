// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error, so a catch that always throws `e` when it is an Error (wrapping only non-Error values) rethrows the suspension unchanged.
import { task, workflow } from "windmill-client";

const sync = task(async (accountId: string) => ({ accountId, synced: true }));

export const main = workflow(async (accountId: string) => {
  try {
    return await sync(accountId);
  } catch (e) {
    console.error(`sync failed for ${accountId}`);
    throw e instanceof Error ? e : new Error(String(e));
  }
});
