// SDK: windmill-client 1.818.0 client.mjs: filter does not await its predicate; each async predicate returns a Promise (truthy), so every id is kept, and the task results are never awaited by the body.
import { task, workflow } from "windmill-client";

const verify = task(async (accountId: string) => ({ accountId, ok: accountId.length > 3 }));
const suspend = task(async (accountIds: string[]) => ({ suspended: accountIds.length }));

export const main = workflow(async (accountIds: string[]) => {
  const failing = accountIds.filter(async (id) => !(await verify(id)).ok); // expect: WAC106
  return await suspend(failing);
});
