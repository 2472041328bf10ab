// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error whose message is "__step_suspend__"; a guard testing the message's prefix rethrows it before the business handler.
import { task, workflow } from "windmill-client";

const migrate = task(async (db: string) => ({ db, migrated: true }));

export const main = workflow(async (db: string) => {
  try {
    return await migrate(db);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith("__step_suspend")) throw e;
    console.warn("migration failed", e);
    return { db, migrated: false };
  }
});
