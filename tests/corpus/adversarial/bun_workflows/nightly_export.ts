// SDK: windmill-client 1.818.0 client.mjs: the table list is queried in the body (again every round, and new tables shift the task keys); the catch returns without rethrowing the suspension.
import postgres from "postgres";
import { S3Client } from "bun";
import { parallel, step, task, workflow } from "windmill-client";

const sql = postgres("postgres://reader@db/app");

const exportTable = task(async (table: string) => {
  const rows = await sql`select * from ${sql(table)}`;
  const s3 = new S3Client({ bucket: "exports" });
  await s3.write(`${table}.json`, JSON.stringify(rows));
  return { table, rows: rows.length };
});

export const main = workflow(async (schema: string) => {
  const day = await step("export_day", () => new Date().toISOString().slice(0, 10));
  const rows = await sql`select table_name from information_schema.tables where table_schema = ${schema}`; // expect: WAC101
  const tables = rows.map((r) => r.table_name as string);
  try {
    const results = await parallel(tables, exportTable, { concurrency: 4 });
    return { day, exported: results.length };
  } catch (e) { // expect: WAC202
    console.error("export failed", e);
    return { day, exported: 0 };
  }
});
