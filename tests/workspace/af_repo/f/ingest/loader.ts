// Event loader: load a range of days for one source, report how stale the oldest load is.
import { workflow } from "windmill-client";
import { loadEvents, rollupDay } from "../shared/tasks.ts";

function daysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); d <= new Date(`${last}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

export const main = workflow(async (source: string, first: string, last: string) => {
  const loads = [];
  let oldest = Number.MAX_SAFE_INTEGER;
  for (const day of daysBetween(first, last)) {
    const res = await loadEvents(source, day); // expect: WAC107
    oldest = Math.min(oldest, res.loadedAt.getTime());
    loads.push({ day, rows: res.rows });
  }
  const totals = [];
  for (const l of loads) totals.push(await rollupDay(l.day));
  return { source, loads, totals, oldestLoad: oldest };
});
