// SDK: windmill-client 1.818.0 client.mjs: task bodies run in their own job; module-level constants built from literals are identical each round
import { task, step, workflow } from "windmill-client";

type Departure = { sailingId: string; route: string; departsAt: string; vessel: string };

const TIMETABLE_URL = "https://ops.blueferry.example/api/timetable/today";
const started = Date.now();

const loadTimetable = task(async (): Promise<Departure[]> => {
  const res = await fetch(TIMETABLE_URL);
  return (await res.json()) as Departure[];
});

const assignCrew = task(async (sailingId: string, vessel: string) => {
  const res = await fetch("https://crew.blueferry.example/assignments", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sailingId, vessel }),
  });
  return { sailingId, assigned: res.ok };
});

export const main = workflow(async (route: string) => {
  const timetable = await loadTimetable();
  const departures = timetable.filter((d) => d.route === route);
  const results = await Promise.all(departures.map((d) => assignCrew(d.sailingId, d.vessel)));
  console.log(`crew assignment round took ${Date.now() - started}ms`);
  return { route, assigned: results.filter((r) => r.assigned).length, total: departures.length };
});
