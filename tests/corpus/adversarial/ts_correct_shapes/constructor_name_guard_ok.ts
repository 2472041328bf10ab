// SDK: windmill-client 1.818.0 client.mjs: `var StepSuspend = class extends Error` names the class StepSuspend, so `e.constructor.name` of the suspension is "StepSuspend"; this guard rethrows it.
import { task, workflow } from "windmill-client";

const migrate = task(async (db: string) => ({ db, migrated: true }));

export const main = workflow(async (db: string) => {
  try {
    return await migrate(db);
  } catch (e) {
    if ((e as object)?.constructor?.name === "StepSuspend") throw e;
    return { db, migrated: false };
  }
});
