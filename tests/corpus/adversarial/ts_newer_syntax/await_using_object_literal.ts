// SDK: windmill-client 1.818.0 client.mjs: the body unwinds with StepSuspend at each task dispatch and runs to the end on the last replay; `await using` calls the object's `[Symbol.asyncDispose]` at every exit of the block, so the unlock request is sent once per round (the method is written in the body, which runs it: reported on its own line).
import { task, workflow } from "windmill-client";

const migrate = task(async (tenant: string, version: number) => {
  const res = await fetch(`https://db-admin.example.com/tenants/${tenant}/migrate`, {
    method: "POST",
    body: JSON.stringify({ version }),
  });
  return ((await res.json()) as { applied: number }).applied;
});

const verify = task(async (tenant: string) => {
  const res = await fetch(`https://db-admin.example.com/tenants/${tenant}/verify`);
  return ((await res.json()) as { ok: boolean }).ok;
});

export const main = workflow(async (tenant: string, version: number) => {
  await using lock = {
    tenant,
    async [Symbol.asyncDispose]() {
      await fetch(`https://locks.example.com/tenants/${tenant}`, { method: "DELETE" }); // expect: WAC101
    },
  };
  const applied = await migrate(lock.tenant, version);
  const ok = await verify(lock.tenant);
  return { tenant, applied, ok };
});
