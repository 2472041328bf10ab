// SDK: windmill-client 1.818.0 client.mjs: the task returns a plain array (JSON-safe); Object.groupBy in the body builds a null-prototype object keyed in insertion order, so the loop dispatches in the same order every replay
import { task, step, workflow } from "windmill-client";

type Slot = { filmId: string; venue: string; startsAt: string };

const loadSlots = task(async (festivalDay: string): Promise<Slot[]> => {
  const r = await fetch(`https://schedule.reelfest.example/api/days/${festivalDay}/slots`);
  return (await r.json()) as Slot[];
});

const printRunSheet = task(async (venue: string, slots: Slot[]) => {
  const r = await fetch("https://print.reelfest.example/jobs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ venue, template: "run-sheet", slots }),
  });
  return ((await r.json()) as { jobId: string }).jobId;
});

export const main = workflow(async (festivalDay: string) => {
  const slots = await loadSlots(festivalDay);
  const byVenue = Object.groupBy(slots, (s) => s.venue);
  const grid = new Map(Object.entries(byVenue));

  const jobs: Record<string, string> = {};
  for (const [venue, list] of grid) {
    if (!list?.length) continue;
    jobs[venue] = await printRunSheet(venue, structuredClone(list));
  }
  const printed = await step("count", () => Object.keys(jobs).length);
  return { festivalDay, printed, venues: [...grid.keys()] };
});
