// Tasks shared by the TypeScript ingestion workflows.
import { task } from "windmill-client";
import { wh } from "./wh.ts";

export const loadEvents = task(async (source: string, day: string) => {
  const rows = await wh.query<{ n: number }>("select analytics.load_events($1, $2) as n", [source, day]);
  return { source, day, rows: rows[0]?.n ?? 0, loadedAt: new Date() }; // expect: WAC107
});

export const rollupDay = task(async (day: string) => {
  const out = await wh.query<{ n: number }>("select analytics.rollup_events($1) as n", [day]);
  return out[0]?.n ?? 0;
});
