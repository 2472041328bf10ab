// SDK: windmill-client 1.818.0 client.mjs: `export default workflow(...)` is the entry point; named exports of pure helpers and of a task beside it do not change that.
import { step, task, workflow } from "windmill-client";

export type Row = { sku: string; qty: number };

export const normalize = (rows: Row[]): Row[] => rows.filter((r) => r.qty > 0).map((r) => ({ sku: r.sku.trim().toUpperCase(), qty: r.qty }));

export function summarize(rows: Row[]): string {
  return `${rows.length} lines, ${rows.reduce((n, r) => n + r.qty, 0)} units`;
}

const reserveStock = task(async (rows: Row[]) => ({ reserved: rows.length }));

export { reserveStock };

export default workflow(async (rows: Row[]) => {
  const clean = normalize(rows);
  const reservation = await reserveStock(clean);
  const note = await step("summary", () => summarize(clean));
  return { ...reservation, note };
});
