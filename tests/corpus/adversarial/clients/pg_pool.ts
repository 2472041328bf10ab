// SDK: windmill-client 1.818.0 client.mjs: workflow bodies re-run on replay; pool.query outside step()/task() repeats.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: "postgres://etl@db.internal/warehouse" });

const transform = task(async (batchId: string) => {
  const res = await fetch(`https://etl.example.com/api/batches/${batchId}/transform`, { method: "POST" });
  return (await res.json()) as { rows: number };
});

export const main = workflow(async (batchId: string) => {
  const { rows } = await transform(batchId);
  await pool.query("UPDATE batches SET rows = $1, done = true WHERE id = $2", [rows, batchId]); // expect: WAC101
  return { batchId, rows };
});
