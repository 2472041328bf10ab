// SDK: windmill-client 1.818.0 client.mjs: `[...bySku.values()]` is an array of plain objects, which JSON carries.
import { task, workflow } from "windmill-client";

type Row = { sku: string; qty: number };

const dedupe = task(async (rows: Row[]) => {
  const bySku = new Map<string, Row>();
  for (const r of rows) bySku.set(r.sku, r);
  return [...bySku.values()];
});
const load = task(async (rows: Row[]) => ({ loaded: rows.length }));

export const main = workflow(async (rows: Row[]) => {
  const unique = await dedupe(rows);
  return await load(unique);
});
