// SDK: windmill-client 1.818.0 client.mjs: mysql2's format / escape / escapeId build SQL text in memory (no connection); the statement is run by the task.
import mysql from "mysql2/promise";
import { task, workflow } from "windmill-client";

const run = task(async (dsn: string, sql: string) => {
  const conn = await mysql.createConnection(dsn);
  const [res] = await conn.query(sql);
  await conn.end();
  return { affected: (res as { affectedRows?: number }).affectedRows ?? 0 };
});

export const main = workflow(async (dsn: string, table: string, ids: number[], status: string) => {
  const sql = mysql.format(`update ${mysql.escapeId(table)} set status = ? where id in (?)`, [status, ids]);
  const note = `status ${mysql.escape(status)} for ${ids.length} rows`;
  const out = await run(dsn, sql);
  return { ...out, note };
});
