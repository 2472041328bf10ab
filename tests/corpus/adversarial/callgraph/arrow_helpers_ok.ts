// SDK: windmill-client 1.818.0 client.mjs: pure helpers over task results are deterministic across replays (results replay from `completed`).
import { task, workflow } from "windmill-client";

type Row = { region: string; revenue: number; cost: number };

const margin = (r: Row) => (r.revenue - r.cost) / Math.max(r.revenue, 1);
const byRegion = (rows: Row[]) =>
  rows.reduce<Record<string, Row[]>>((acc, r) => ((acc[r.region] ??= []).push(r), acc), {});
const summarize = (rows: Row[]) => ({
  revenue: rows.reduce((s, r) => s + r.revenue, 0),
  avgMargin: rows.length ? rows.map(margin).reduce((a, b) => a + b, 0) / rows.length : 0,
});

const loadSales = task(async (quarter: string): Promise<Row[]> => {
  const res = await fetch(`https://bi.example.com/api/sales?quarter=${quarter}`);
  return await res.json();
});

const publish = task(async (quarter: string, summary: Record<string, unknown>) => ({ quarter, ok: true, summary }));

export const main = workflow(async (quarter: string) => {
  const rows = await loadSales(quarter);
  const grouped = byRegion(rows);
  const summary = Object.fromEntries(Object.entries(grouped).map(([k, v]) => [k, summarize(v)]));
  return await publish(quarter, summary);
});
