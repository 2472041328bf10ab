// SDK: windmill-client 1.818.0; building a pg Pool or an axios instance connects lazily, and
// every request is made inside a task.
import axios from "axios";
import pg from "pg";
import { task, workflow } from "windmill-client";

const pool = new pg.Pool({ connectionString: "postgres://ops@db.internal/ops" });
const api = axios.create({ baseURL: "https://ops.internal.example.com", timeout: 5000 });

const countOpen = task(async (team: string) => {
  const { rows } = await pool.query("select count(*) from incidents where team = $1", [team]);
  return Number(rows[0].count);
});

const announce = task(async (team: string, open: number) => {
  await api.post("/announce", { team, open });
  return open;
});

export const main = workflow(async (team: string) => {
  const open = await countOpen(team);
  return await announce(team, open);
});
