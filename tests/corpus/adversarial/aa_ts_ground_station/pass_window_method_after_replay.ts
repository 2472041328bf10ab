// SDK: windmill-client 1.818.0 client.mjs: a task's result is the child job's JSON; a class instance comes back a plain object without its prototype, so `w.durationSeconds()` is a TypeError.
import { task, step, workflow } from "windmill-client";

class PassWindow {
  constructor(
    public station: string,
    public aosIso: string,
    public losIso: string,
  ) {}

  durationSeconds(): number {
    return (Date.parse(this.losIso) - Date.parse(this.aosIso)) / 1000;
  }
}

const nextWindow = task(async function nextWindow(station: string, noradId: number) {
  const res = await fetch(`https://passes.internal/api/v2/next?gs=${station}&norad=${noradId}`);
  const raw = (await res.json()) as { aos: string; los: string };
  return new PassWindow(station, raw.aos, raw.los); // expect: WAC107
});

const reserve = task(async function reserve(station: string, aos: string, los: string) {
  const res = await fetch("https://scheduler.internal/api/reserve", {
    method: "POST",
    body: JSON.stringify({ station, aos, los }),
  });
  return (await res.json()) as { reservation: string };
});

export const main = workflow(async (stations: string[], norad_id: number, min_duration_s = 240) => {
  const reservations: string[] = [];
  for (const gs of stations) {
    const w = await nextWindow(gs, norad_id);
    if (w.durationSeconds() < min_duration_s) {
      continue;
    }
    const r = await reserve(w.station, w.aosIso, w.losIso);
    reservations.push(r.reservation);
  }
  return await step("summary", () => ({ reservations }));
});
