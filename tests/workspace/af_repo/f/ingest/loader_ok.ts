// Event loader (the fixed copy): the load time comes back as the ISO string it was sent as.
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
  for (const day of daysBetween(first, last)) {
    const res = await loadEvents(source, day);
    loads.push({ day, rows: res.rows, loadedAt: String(res.loadedAt) });
  }
  const totals = [];
  for (const l of loads) totals.push(await rollupDay(l.day));
  return { source, loads, totals };
});
