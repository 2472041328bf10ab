// SDK: windmill-client 1.818.0 client.mjs task(): a task's result is JSON-decoded before the body sees it; the Date the task declares (pg returns timestamptz columns as Date) arrives as an ISO string, so `lastLogin.getTime()` throws TypeError.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const lastLoginOf = task(async (userId: string): Promise<Date> => {
  const { rows } = await pool.query("select last_login from users where id = $1", [userId]);
  return rows[0].last_login; // expect: WAC107
});

const deactivate = task(async (userId: string) => {
  await pool.query("update users set active = false where id = $1", [userId]);
  return true;
});

export const main = workflow(async (userId: string, asOf: string, idleDays: number = 90) => {
  const lastLogin = await lastLoginOf(userId);
  const idleMs = Date.parse(asOf) - lastLogin.getTime();
  if (idleMs > idleDays * 86_400_000) {
    await deactivate(userId);
    return { userId, deactivated: true };
  }
  return { userId, deactivated: false };
});
