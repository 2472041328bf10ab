// SDK: windmill-client 1.818.0 client.mjs: Kysely's compile() builds SQL text and parameters without touching the dialect's pool; the query runs in a task.
import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool() }) });
const runQuery = task(async (sql: string, params: unknown[]) => ({ sql, count: params.length }));

export const main = workflow(async (region: string) => {
  const q = db.selectFrom("shops").select(["id", "name"]).where("region", "=", region).compile();
  return await runQuery(q.sql, [...q.parameters]);
});
