// SDK: windmill-client 1.818.0 client.mjs: `new Pool(...)` at module level opens no connection (pg connects on the first query); the query runs inside a task, once.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });

const loadFlags = task(async () => {
  const { rows } = await pool.query("select key, enabled from feature_flags");
  return Object.fromEntries(rows.map((r: any) => [r.key, r.enabled])) as Record<string, boolean>;
});
const send = task(async (userId: string, variant: string) => ({ userId, variant, sent: true }));

export const main = workflow(async (userId: string) => {
  const flags = await loadFlags();
  return await send(userId, flags["new-onboarding"] ? "b" : "a");
});
