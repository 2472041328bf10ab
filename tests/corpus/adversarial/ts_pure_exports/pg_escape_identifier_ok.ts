// SDK: windmill-client 1.818.0 client.mjs: pg's escapeIdentifier / escapeLiteral quote strings in memory (no connection); the query runs in the task.
import pg, { escapeIdentifier, escapeLiteral } from "pg";
import { task, workflow } from "windmill-client";

const exec = task(async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const res = await client.query(sql);
  await client.end();
  return { rows: res.rowCount ?? 0 };
});

export const main = workflow(async (url: string, schema: string, table: string, tenant: string) => {
  const target = `${escapeIdentifier(schema)}.${escapeIdentifier(table)}`;
  const sql = `delete from ${target} where tenant = ${escapeLiteral(tenant)}`;
  return await exec(url, sql);
});
