// SDK: windmill-client 1.818.0 client.mjs: StepSuspend's message is "__step_suspend__" and its name "StepSuspend", so `String(e)` is "StepSuspend: __step_suspend__"; a guard on that text rethrows the suspension.
import { task, workflow } from "windmill-client";

const migrate = task(async (db: string) => ({ db, migrated: true }));

export const main = workflow(async (db: string) => {
  try {
    return await migrate(db);
  } catch (e) {
    if (String(e).includes("__step_suspend__")) throw e;
    return { db, migrated: false, error: String(e) };
  }
});
