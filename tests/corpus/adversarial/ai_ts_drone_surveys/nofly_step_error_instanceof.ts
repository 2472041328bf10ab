// SDK: windmill-client 1.818.0 client.mjs _runInlineStep(): an error thrown by a step's fn is stored as a `__wmill_error` marker and rethrown as taskErrorFromMarker(...) (dist/wacError.mjs), a plain Error named "TaskError"; the NoFlyZoneError class never reaches the catch
import { task, step, workflow } from "windmill-client";

class NoFlyZoneError extends Error {
  constructor(public readonly zoneId: string) {
    super(`site intersects restricted zone ${zoneId}`);
    this.name = "NoFlyZoneError";
  }
}

type Zone = { id: string; polygon: [number, number][] };

const loadZones = task(async (region: string): Promise<Zone[]> => {
  const r = await fetch(`https://geo.skyline-survey.example/v1/restricted?region=${region}`);
  return (await r.json()) as Zone[];
});

const requestWaiver = task(async (siteId: string, zoneId: string) => {
  const r = await fetch("https://waivers.skyline-survey.example/v1", {
    method: "POST",
    body: JSON.stringify({ siteId, zoneId }),
  });
  return (await r.json()) as { waiverId: string };
});

function inside(pt: [number, number], poly: [number, number][]): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

export const main = workflow(async (siteId: string, region: string, lon: number, lat: number) => {
  const centre: [number, number] = [lon, lat];
  const zones = await loadZones(region);
  try {
    await step("airspace_check", () => {
      const z = zones.find((zone) => inside(centre, zone.polygon));
      if (z) throw new NoFlyZoneError(z.id);
      return { clear: true };
    });
  } catch (e) {
    if (e instanceof NoFlyZoneError) { // expect: WAC204
      const w = await requestWaiver(siteId, e.zoneId);
      return { siteId, status: "waiver_requested", waiverId: w.waiverId };
    }
    throw e;
  }
  return { siteId, status: "clear" };
});
