// SDK: windmill-client 1.818.0 index.d.ts exports task/step/workflow on the namespace; the guide: Windmill's parser only knows the exact names, so `task: t` hides every task from it.
import * as wm from "windmill-client";

const { task: t, step, workflow } = wm; // expect: WAC001

type Pass = { norad_id: number; station: string; aos: string; los: string; max_el: number };

const predictPasses = t(async function predictPasses(noradId: number, station: string): Promise<Pass[]> {
  const res = await fetch(`https://passes.internal/api/v2/predict?norad=${noradId}&gs=${station}`);
  if (!res.ok) throw new Error(`predict failed: ${res.status}`);
  const body = (await res.json()) as { passes: Pass[] };
  return body.passes;
});

const bookAntenna = t(async function bookAntenna(pass: Pass): Promise<{ booking_id: string }> {
  const res = await fetch("https://scheduler.internal/api/bookings", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ station: pass.station, start: pass.aos, end: pass.los }),
  });
  return (await res.json()) as { booking_id: string };
});

export const main = workflow(async (norad_id: number, stations: string[], min_elevation = 20) => {
  const all: Pass[] = [];
  for (const gs of stations) {
    const passes = await predictPasses(norad_id, gs);
    all.push(...passes.filter((p) => p.max_el >= min_elevation));
  }
  all.sort((a, b) => a.aos.localeCompare(b.aos));
  const chosen = all.slice(0, 4);
  const bookings = await Promise.all(chosen.map((p) => bookAntenna(p)));
  const summary = await step("summary", () => ({
    booked: bookings.map((b) => b.booking_id),
    first_aos: chosen[0]?.aos ?? null,
  }));
  return summary;
});
