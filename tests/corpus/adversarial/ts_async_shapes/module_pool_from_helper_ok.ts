// SDK: windmill-client 1.818.0 client.mjs: the module-level helper only builds a pg Pool (which connects on its first query); the queries run in a task.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

function makePool(): Pool {
  return new Pool({ connectionString: "postgres://app@db/shop", max: 2 });
}

const pool = makePool();

const count = task(async () => Number((await pool.query("select count(*) as n from orders")).rows[0].n));

export const main = workflow(async () => {
  return await count();
});
