// SDK: windmill-client 1.818.0 client.mjs: the task's Map is written by JSON.stringify as {}, so the body's `grid.get(venue)` is a TypeError on the value the checkpoint hands back
import { task, step, workflow } from "windmill-client";

type Slot = { filmId: string; venue: string; startsAt: string };

const loadGrid = task(async (festivalDay: string): Promise<Map<string, Slot[]>> => {
  const r = await fetch(`https://schedule.reelfest.example/api/days/${festivalDay}/slots`);
  const slots = (await r.json()) as Slot[];
  const grid = new Map<string, Slot[]>();
  for (const s of slots) {
    const list = grid.get(s.venue) ?? [];
    list.push(s);
    grid.set(s.venue, list);
  }
  return grid; // expect: WAC107
});

const printRunSheet = task(async (venue: string, slots: Slot[]) => {
  const r = await fetch("https://print.reelfest.example/jobs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ venue, template: "run-sheet", slots }),
  });
  return ((await r.json()) as { jobId: string }).jobId;
});

const notifyProjectionist = task(async (venue: string, firstStart: string) => {
  await fetch("https://ops.reelfest.example/projection/notify", { method: "POST", body: JSON.stringify({ venue, firstStart }) });
  return venue;
});

export const main = workflow(async (festivalDay: string, venues: string[]) => {
  const grid = await loadGrid(festivalDay);
  const jobs: Record<string, string> = {};

  for (const venue of venues) {
    const slots = grid.get(venue) ?? [];
    if (slots.length === 0) continue;
    jobs[venue] = await printRunSheet(venue, slots);
    await notifyProjectionist(venue, slots[0].startsAt);
  }

  const count = await step("count", () => Object.keys(jobs).length);
  return { festivalDay, printed: count, jobs };
});
