// SDK: windmill-client 1.818.0 client.mjs: Date.UTC(...) and new Date(ms) of fixed numbers read no clock; the same on every replay.
import { task, workflow } from "windmill-client";

const closeQuarter = task(async (startMs: number, endMs: number) => ({ startMs, endMs }));

export const main = workflow(async (year: number, quarter: number) => {
  const start = Date.UTC(year, (quarter - 1) * 3, 1);
  const end = Date.UTC(year, quarter * 3, 1) - 1;
  const label = new Date(start).toISOString().slice(0, 7);
  console.log(`closing ${label}`);
  return await closeQuarter(start, end);
});
