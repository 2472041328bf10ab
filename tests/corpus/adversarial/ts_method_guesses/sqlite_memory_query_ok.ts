// SDK: windmill-client 1.818.0 client.mjs: the guide's determinism is about the outside world; a bun:sqlite database opened in memory is rebuilt from the inputs each round and gives the same answer.
import { Database } from "bun:sqlite";
import { task, workflow } from "windmill-client";

const notify = task(async (region: string, total: number) => ({ region, total }));

export const main = workflow(async (rows: { region: string; amount: number }[]) => {
  const db = new Database(":memory:");
  db.run("create table t (region text, amount real)");
  const insert = db.prepare("insert into t values (?, ?)");
  for (const r of rows) insert.run(r.region, r.amount);
  const totals = db.query("select region, sum(amount) as total from t group by region order by region").all() as { region: string; total: number }[];
  const out = [];
  for (const t of totals) out.push(await notify(t.region, t.total));
  return out;
});
