// SDK: windmill-client 1.818.0 client.mjs: Object.entries returns an array of [key, value] arrays, and a Date's ISO string is a string: both survive JSON.
import { task, workflow } from "windmill-client";

const totals = task(async (orders: { region: string; cents: number }[]) => {
  const by: Record<string, number> = {};
  for (const o of orders) by[o.region] = (by[o.region] ?? 0) + o.cents;
  return { rows: Object.entries(by), at: new Date(0).toISOString() };
});
const report = task(async (rows: [string, number][]) => ({ lines: rows.length }));

export const main = workflow(async (orders: { region: string; cents: number }[]) => {
  const t = await totals(orders);
  return await report(t.rows);
});
