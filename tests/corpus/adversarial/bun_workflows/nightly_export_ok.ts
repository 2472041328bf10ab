// SDK: windmill-client 1.818.0 client.mjs: the export date comes from a step, the table list from a task; tables are exported in the order the task returned, in parallel batches, and errors are handled with the suspension rethrown first.
import postgres from "postgres";
import { S3Client } from "bun";
import { parallel, StepSuspend, step, task, workflow } from "windmill-client";

const sql = postgres("postgres://reader@db/app");

const listTables = task(async (schema: string) => {
  const rows = await sql`select table_name from information_schema.tables where table_schema = ${schema} order by table_name`;
  return rows.map((r) => r.table_name as string);
});

const exportTable = task(async (table: string) => {
  const rows = await sql`select * from ${sql(table)}`;
  const s3 = new S3Client({ bucket: "exports" });
  await s3.write(`${table}.json`, JSON.stringify(rows));
  return { table, rows: rows.length };
});

const alert = task(async (message: string) => ({ message }));

export const main = workflow(async (schema: string) => {
  const day = await step("export_day", () => new Date().toISOString().slice(0, 10));
  const tables = await listTables(schema);
  try {
    const results = await parallel(tables, exportTable, { concurrency: 4 });
    return { day, exported: results.length, rows: results.reduce((n, r) => n + r.rows, 0) };
  } catch (e) {
    if (e instanceof StepSuspend) throw e;
    await alert(`export ${day} failed: ${String(e)}`);
    throw e;
  }
});
