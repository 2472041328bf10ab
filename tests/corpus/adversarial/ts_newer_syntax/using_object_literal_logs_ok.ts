// SDK: windmill-client 1.818.0 client.mjs: the object's `[Symbol.dispose]` only logs, harmless at every unwinding; the unlock is a task after the work.
import { task, workflow } from "windmill-client";

const migrate = task(async (tenant: string, version: number) => {
  const res = await fetch(`https://db-admin.example.com/tenants/${tenant}/migrate`, {
    method: "POST",
    body: JSON.stringify({ version }),
  });
  return ((await res.json()) as { applied: number }).applied;
});

const unlock = task(async (tenant: string) => {
  await fetch(`https://locks.example.com/tenants/${tenant}`, { method: "DELETE" });
  return true;
});

export const main = workflow(async (tenant: string, version: number) => {
  using scope = {
    tenant,
    [Symbol.dispose]() {
      console.log(`leaving migration scope for ${tenant}`);
    },
  };
  const applied = await migrate(scope.tenant, version);
  await unlock(tenant);
  return { tenant, applied };
});
