// SDK: windmill-client 1.818.0 client.mjs: the verifications are awaited together first, then a sync predicate reads their checkpointed results.
import { task, workflow } from "windmill-client";

const verify = task(async (accountId: string) => ({ accountId, ok: accountId.length > 3 }));
const suspend = task(async (accountIds: string[]) => ({ suspended: accountIds.length }));

export const main = workflow(async (accountIds: string[]) => {
  const checks = await Promise.all(accountIds.map((id) => verify(id)));
  const failing = accountIds.filter((_, i) => !checks[i].ok);
  return await suspend(failing);
});
