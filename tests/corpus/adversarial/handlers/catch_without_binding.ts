// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; `catch {}` without a binding catches it and the warning runs on every suspension.
import { task, workflow } from "windmill-client";

const syncCrm = task(async (accountId: string) => ({ accountId, synced: true }));

export const main = workflow(async (accountIds: string[]) => {
  let failures = 0;
  for (const id of accountIds) {
    try {
      await syncCrm(id);
    } catch { // expect: WAC202
      failures++;
      console.warn(`sync failed for ${id}`);
    }
  }
  return { failures };
});
