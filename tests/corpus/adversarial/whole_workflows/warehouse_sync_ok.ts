// SDK: windmill-client 1.818.0 client.mjs: the database client is used only inside task bodies (each a separate job); the body only awaits tasks and a step; a task's Date return would be JSON-encoded, so ISO strings are returned.
import { Pool } from "pg";
import { step, task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const BATCH = 500;

type Cursor = { table: string; lastId: number };

const fetchBatch = task(async (table: string, afterId: number) => {
  const { rows } = await pool.query(`select * from ${table} where id > $1 order by id limit $2`, [afterId, BATCH]);
  return { rows: rows as { id: number }[], lastId: rows.length ? (rows[rows.length - 1] as { id: number }).id : afterId };
});

const pushToWarehouse = task(async (table: string, rows: { id: number }[]) => {
  const res = await fetch(`https://bigquery.internal/tables/${table}:insertAll`, {
    method: "POST",
    body: JSON.stringify({ rows: rows.map((json) => ({ json })) }),
  });
  return res.ok ? rows.length : 0;
});

const saveCursor = task(async (cursor: Cursor) => {
  await pool.query("insert into sync_cursor(tbl, last_id) values ($1, $2) on conflict (tbl) do update set last_id = $2", [
    cursor.table,
    cursor.lastId,
  ]);
  return cursor;
});

export const main = workflow(async (tables: string[], startId: number = 0) => {
  const totals: Record<string, number> = {};
  for (const table of tables) {
    let lastId = startId;
    let pushed = 0;
    // each iteration awaits its tasks in order, so replay sees the same sequence
    for (;;) {
      const batch = await fetchBatch(table, lastId);
      if (batch.rows.length === 0) break;
      pushed += await pushToWarehouse(table, batch.rows);
      lastId = batch.lastId;
      if (batch.rows.length < BATCH) break;
    }
    await saveCursor({ table, lastId });
    totals[table] = pushed;
  }
  const completedAt = await step("completed_at", () => new Date().toISOString());
  return { totals, completedAt };
});
