// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; a bun:sqlite database on disk is read in the body each round, and its rows can change between rounds.
import { Database } from "bun:sqlite";
import { task, workflow } from "windmill-client";

const notify = task(async (region: string) => ({ region }));

export const main = workflow(async (path: string) => {
  const db = new Database(path, { readonly: true });
  const regions = db.query("select distinct region from sales").all() as { region: string }[]; // expect: WAC101
  const out = [];
  for (const r of regions) out.push(await notify(r.region));
  return out;
});
