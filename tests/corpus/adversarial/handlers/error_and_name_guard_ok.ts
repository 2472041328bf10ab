// SDK: windmill-client 1.818.0 client.mjs: StepSuspend extends Error and sets name "StepSuspend", so `e instanceof Error && e.name === "StepSuspend"` is true for it and the handler rethrows it first.
import { task, workflow } from "windmill-client";

const syncLedger = task(async (accountId: string) => ({ accountId, synced: true }));

export const main = workflow(async (accountId: string) => {
  try {
    return await syncLedger(accountId);
  } catch (e) {
    if (e instanceof Error && e.name === "StepSuspend") throw e;
    return { accountId, synced: false };
  }
});
