// SDK: windmill-client 1.818.0 client.mjs: the module-level `let` client is only built and used inside a task (the child job).
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

let pool: Pool | undefined;

const countUsers = task(async (dsn: string) => {
  pool = new Pool({ connectionString: dsn });
  const r = await pool.query("select count(*) as n from users");
  return Number(r.rows[0].n);
});

export const main = workflow(async (dsn: string) => {
  const n = await countUsers(dsn);
  return { n };
});
