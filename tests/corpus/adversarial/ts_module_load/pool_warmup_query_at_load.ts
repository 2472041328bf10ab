// SDK: windmill-client 1.818.0 client.mjs: every round is a new process that loads the module; the top-level warm-up query connects and queries the database again in each round.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: "postgres://app@db.internal/app" });
await pool.query("select 1"); // expect: WAC101

const archive = task(async (orderId: string) => {
  await pool.query("update orders set archived = true where id = $1", [orderId]);
  return { orderId };
});

export const main = workflow(async (orderId: string) => {
  return await archive(orderId);
});
