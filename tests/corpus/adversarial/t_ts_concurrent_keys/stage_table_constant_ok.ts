// SDK: client.mjs 1.818.0 task wrapper dispatches on call and returns a thenable that await adopts; tasks reached through a table indexed by constant keys are awaited like direct calls
import { task, workflow } from "windmill-client";

type Dataset = { bucket: string; prefix: string; table: string };

const extract = task(async function extract(bucket: string, prefix: string) {
  const res = await fetch(`https://storage.internal/v1/list?bucket=${bucket}&prefix=${prefix}`);
  return ((await res.json()) as { keys: string[] }).keys;
});

const load = task(async function load(table: string, keys: string[]) {
  const res = await fetch("https://warehouse.internal/v1/copy", {
    method: "POST",
    body: JSON.stringify({ table, keys }),
  });
  return { table, rows: ((await res.json()) as { rows: number }).rows };
});

const vacuum = task(async function vacuum(table: string) {
  await fetch(`https://warehouse.internal/v1/tables/${table}/vacuum`, { method: "POST" });
  return { table, vacuumed: true };
});

const STAGES = { extract, load, vacuum } as const;
const LAST_STAGE = "vacuum";

export const main = workflow(async (ds: Dataset) => {
  const keys = await STAGES["extract"](ds.bucket, ds.prefix);
  const loaded = await STAGES.load(ds.table, keys);
  const cleaned = await STAGES[LAST_STAGE](ds.table);
  return { loaded, cleaned };
});
