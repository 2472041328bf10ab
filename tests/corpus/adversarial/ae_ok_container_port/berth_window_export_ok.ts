// SDK: windmill-client 1.818.0 knex builders rendered to SQL text with toString() in the body run no query (knex runs a builder when awaited / .then); undici's Agent and setGlobalDispatcher only configure later fetches; the query text is run by a task
import { task, workflow } from "windmill-client";
import knex from "knex";
import { Agent, setGlobalDispatcher } from "undici";
import { Pool } from "pg";

const qb = knex({ client: "pg" });

const runSql = task(async (text: string) => {
  const pool = new Pool({ connectionString: process.env.TOS_DB_URL });
  try {
    const res = await pool.query(text);
    return { rows: res.rows, count: res.rowCount ?? 0 };
  } finally {
    await pool.end();
  }
});

const pushWindows = task(async (terminal: string, rows: unknown[]) => {
  setGlobalDispatcher(new Agent({ connections: 2, keepAliveTimeout: 10_000 }));
  const res = await fetch(`https://edi.port.example/${terminal}/berth-windows`, {
    method: "PUT",
    body: JSON.stringify(rows),
  });
  return res.status;
});

export const main = workflow(async (terminal: string, week: string, carriers: string[]) => {
  const select = qb("berth_windows")
    .select("carrier", "berth", "starts_at", "ends_at")
    .where({ terminal, week })
    .whereIn("carrier", [...carriers].sort())
    .orderBy(["berth", "starts_at"])
    .toString();
  const markSent = qb("berth_windows").where({ terminal, week }).update({ exported: true }).toString();
  const { rows, count } = await runSql(select);
  const status = await pushWindows(terminal, rows);
  if (status >= 300) return { terminal, week, exported: 0, status };
  const marked = await runSql(markSent);
  return { terminal, week, exported: count, marked: marked.count, status };
});
