// SDK: windmill-client 1.818.0 client.mjs task(): the task converts the pg Date to its ISO string itself and declares a string; the body parses it with Date.parse.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const lastLoginOf = task(async (userId: string): Promise<string> => {
  const { rows } = await pool.query("select last_login from users where id = $1", [userId]);
  return (rows[0].last_login as Date).toISOString();
});

const deactivate = task(async (userId: string) => {
  await pool.query("update users set active = false where id = $1", [userId]);
  return true;
});

export const main = workflow(async (userId: string, asOf: string, idleDays: number = 90) => {
  const lastLogin = await lastLoginOf(userId);
  const idleMs = Date.parse(asOf) - Date.parse(lastLogin);
  if (idleMs > idleDays * 86_400_000) {
    await deactivate(userId);
    return { userId, deactivated: true };
  }
  return { userId, deactivated: false };
});
