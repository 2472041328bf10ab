// SDK: windmill-client 1.818.0 client.mjs: JSON round trips, `new Date(0)`, `Date.UTC(...)` and `toISOString` of an input date read no clock.
import { task, workflow } from "windmill-client";

const openPeriod = task(async (start: string, end: string, meta: Record<string, unknown>) => ({ start, end, meta }));

export const main = workflow(async (year: number, month: number, meta: { [key: string]: unknown } = {}) => {
  const start = new Date(Date.UTC(year, month - 1, 1));
  const end = new Date(Date.UTC(year, month, 1) - 1);
  const epoch = new Date(0).toISOString();
  const copy = JSON.parse(JSON.stringify({ ...meta, epoch })) as Record<string, unknown>;
  return await openPeriod(start.toISOString(), end.toISOString(), copy);
});
