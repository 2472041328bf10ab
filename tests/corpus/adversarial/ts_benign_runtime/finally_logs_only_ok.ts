// SDK: windmill-client 1.818.0 client.mjs: a finally that only logs neither returns nor calls the SDK, so the StepSuspend thrown by the task propagates through it.
import { task, workflow } from "windmill-client";

const migrate = task(async (tenant: string, version: number) => ({ tenant, version }));

export const main = workflow(async (tenants: string[], version: number) => {
  const done: string[] = [];
  try {
    for (const t of tenants) {
      await migrate(t, version);
      done.push(t);
    }
  } finally {
    console.log(`migrated ${done.length}/${tenants.length} tenants to v${version}`);
  }
  return { done };
});
