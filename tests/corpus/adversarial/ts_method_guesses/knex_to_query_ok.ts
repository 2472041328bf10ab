// SDK: windmill-client 1.818.0 client.mjs: a knex instance without a connection only compiles SQL text; the statement runs in a task.
import knex from "knex";
import { task, workflow } from "windmill-client";

const qb = knex({ client: "pg" });
const run = task(async (sql: string) => ({ sql, rows: 0 }));

export const main = workflow(async (customerId: string) => {
  const sql = qb("orders").where({ customer_id: customerId }).select("id").toQuery();
  return await run(sql);
});
