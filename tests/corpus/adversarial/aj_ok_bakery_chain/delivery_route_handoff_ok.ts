// SDK: windmill-client 1.818.0: a catch inside a task body sees no suspension; the body's catch rethrows anything that is not the file's own error
import { task, workflow } from "windmill-client";

type Stop = { shop: string; eta: string; crates: number };

class RouteInvalid extends Error {}

const fetchVanTelemetry = task(async (van: string) => {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const r = await fetch(`https://fleet.example-bakery.com/vans/${van}/telemetry`, { signal: AbortSignal.timeout(5000) });
      if (r.ok) return (await r.json()) as { km: number; fuelPct: number };
    } catch (err) {
      console.warn(`telemetry attempt ${attempt} failed`, err);
    }
    await Bun.sleep(attempt * 1000);
  }
  return { km: -1, fuelPct: -1 };
});

const handOff = task(async (van: string, driver: string, stops: Stop[]) => {
  const r = await fetch("https://fleet.example-bakery.com/handoffs", {
    method: "POST",
    body: JSON.stringify({ van, driver, stops }),
  });
  return r.status;
});

function checkRoute(stops: Stop[]): Stop[] {
  const sorted = stops.toSorted((a, b) => a.eta.localeCompare(b.eta));
  if (sorted.some((s) => s.crates <= 0)) throw new RouteInvalid("a stop has no crates");
  return sorted;
}

export const main = workflow(async (van: string, driver: string, stops: Stop[]) => {
  let route: Stop[];
  try {
    route = checkRoute(stops);
  } catch (e) {
    if (e instanceof RouteInvalid) return { handedOff: false, reason: e.message };
    throw e;
  }
  const telemetry = await fetchVanTelemetry(van);
  if (telemetry.fuelPct >= 0 && telemetry.fuelPct < 15) return { handedOff: false, reason: "refuel first" };
  const status = await handOff(van, driver, route);
  return { handedOff: status < 300, status, firstStop: route[0]?.shop };
});
