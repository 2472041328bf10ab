import { Client } from "pg";

type Postgresql = { host: string; port: number; user: string; password: string; dbname: string };

export async function main(prod: Postgresql, scratch: Postgresql, tables: string[]) {
  const counts = async (cfg: Postgresql) => {
    const c = new Client({ ...cfg, database: cfg.dbname });
    await c.connect();
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = Number((await c.query(`SELECT count(*) FROM ${t}`)).rows[0].count);
    await c.end();
    return out;
  };
  const [a, b] = await Promise.all([counts(prod), counts(scratch)]);
  const drift = tables.filter((t) => Math.abs(a[t] - b[t]) > a[t] * 0.001);
  if (drift.length) throw new Error(`restore drift on ${drift.join(", ")}`);
  return { ok: true, prod: a, scratch: b };
}
