// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is caught; `rollback` is the handler's first statement and _nextStep rethrows the kept suspension before dispatching it (_rethrowSwallowed), so the run still suspends; the guide asks for the rethrow first.
import { task, workflow } from "windmill-client";

const provision = task(async (tenant: string) => ({ tenant, db: `db-${tenant}` }));
const rollback = task(async (tenant: string) => ({ tenant, removed: true }));

export const main = workflow(async (tenant: string) => {
  try {
    return await provision(tenant);
  } catch (e) { // expect: WAC202
    await rollback(tenant);
    throw e;
  }
});
