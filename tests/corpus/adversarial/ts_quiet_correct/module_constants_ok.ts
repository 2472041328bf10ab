// SDK: windmill-client 1.818.0 client.mjs task(): options are read from the object given; module constants built from literals (frozen, `as const`, a spread of another constant) are the same every time the module loads.
import { task, workflow } from "windmill-client";

const RETRY = Object.freeze({ attempts: 4, delay: 15, multiplier: 2, max_delay: 300 });
const BASE_OPTIONS = { timeout: 900, tag: "etl" } as const;
const HEAVY_OPTIONS = { ...BASE_OPTIONS, timeout: 3600, retry: RETRY };
const TABLES = ["orders", "customers", "refunds"] as const;
const DAY_SECONDS = 24 * 60 * 60;
const API = new URL("https://warehouse.example.com/api/");

const extract = task(async (table: string, day: string) => {
  const res = await fetch(new URL(`extract/${table}?day=${day}`, API));
  return ((await res.json()) as { rows: number }).rows;
}, BASE_OPTIONS);

const rebuildMarts = task(async (day: string) => {
  const res = await fetch(new URL(`marts/rebuild?day=${day}`, API), { method: "POST" });
  return res.ok;
}, HEAVY_OPTIONS);

export const main = workflow(async (day: string) => {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = await extract(table, day);
  const rebuilt = await rebuildMarts(day);
  return { counts, rebuilt, windowSeconds: DAY_SECONDS };
});
