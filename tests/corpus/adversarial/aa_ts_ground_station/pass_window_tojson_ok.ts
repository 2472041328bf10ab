// SDK: windmill-client 1.818.0 client.mjs encodeCheckpointPayload uses JSON.stringify, which calls the instance's `toJSON`: the task result is exactly `{ station, aos, los, duration_s }`, all strings and numbers, read as such below.
import { task, step, workflow } from "windmill-client";

class PassWindow {
  constructor(
    readonly station: string,
    readonly aos: Date,
    readonly los: Date,
  ) {}

  toJSON() {
    return {
      station: this.station,
      aos: this.aos.toISOString(),
      los: this.los.toISOString(),
      duration_s: Math.round((this.los.getTime() - this.aos.getTime()) / 1000),
    };
  }
}

type PassWindowJson = ReturnType<PassWindow["toJSON"]>;

const nextWindow = task(async function nextWindow(station: string, noradId: number): Promise<PassWindowJson> {
  const res = await fetch(`https://passes.internal/api/v2/next?gs=${station}&norad=${noradId}`);
  const raw = (await res.json()) as { aos: string; los: string };
  return new PassWindow(station, new Date(raw.aos), new Date(raw.los)).toJSON();
});

const nextWindowObj = task(async function nextWindowObj(station: string, noradId: number) {
  const res = await fetch(`https://passes.internal/api/v2/next?gs=${station}&norad=${noradId}`);
  const raw = (await res.json()) as { aos: string; los: string };
  return new PassWindow(station, new Date(raw.aos), new Date(raw.los)) as unknown as PassWindowJson;
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
    const w = gs.startsWith("x-") ? await nextWindowObj(gs, norad_id) : await nextWindow(gs, norad_id);
    if (w.duration_s < min_duration_s) {
      continue;
    }
    const r = await reserve(w.station, w.aos, w.los);
    reservations.push(r.reservation);
  }
  return await step("summary", () => ({ reservations }));
});
