// SDK: windmill-client 1.818.0 client.mjs: AsyncLocalStorage.run returns the callback's value, the task thenable, which the body awaits; nothing catches the suspension.
import { AsyncLocalStorage } from "node:async_hooks";
import { task, workflow } from "windmill-client";

const tenantStore = new AsyncLocalStorage<{ tenant: string }>();

const sync = task(async (tenant: string, accountId: string) => ({ tenant, accountId }));

export const main = workflow(async (tenant: string, accountId: string) => {
  return await tenantStore.run({ tenant }, () => sync(tenant, accountId));
});
