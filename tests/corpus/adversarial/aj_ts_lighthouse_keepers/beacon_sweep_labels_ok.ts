// SDK: windmill-client 1.818.0 client.mjs: keys are allocated in call order, which labelled break / continue and the Parallel-state IIFEs keep the same on every replay (each IIFE runs to its first await synchronously, in array order); `??=` only reads checkpointed task results
// Hand-ported from a Step Functions definition with a Parallel state and nested Map states.
import { sleep, step, task, workflow } from "windmill-client";

type Station = { id: string; region: string; beacons: string[] };

const pingBeacon = task(async (stationId: string, beaconId: string) => {
  const r = await fetch(`https://telemetry.lighthouses.example/beacons/${stationId}/${beaconId}/ping`, { method: "POST" });
  return ((await r.json()) as { status: "ok" | "degraded" | "dark" }).status;
});

const fetchWeather = task(async (region: string) => {
  const r = await fetch(`https://met.lighthouses.example/regions/${region}/now`);
  return (await r.json()) as { gale: boolean; visibilityKm: number };
});

const dispatchBoat = task(async (stationId: string, reason: string) => {
  const r = await fetch("https://ops.lighthouses.example/boats/dispatch", {
    method: "POST",
    body: JSON.stringify({ stationId, reason }),
  });
  return ((await r.json()) as { boat: string }).boat;
});

export const main = workflow(async (stations: Station[], regions: string[]) => {
  const weather: Record<string, { gale: boolean; visibilityKm: number }> = {};
  const dark: Record<string, string[]> = {};

  // Parallel state: weather for every region, and a first ping of each station's lead beacon
  const [forecasts, leads] = await Promise.all([
    (async () => Promise.all(regions.map((r) => fetchWeather(r))))(),
    (async () => Promise.all(stations.map((s) => pingBeacon(s.id, s.beacons[0]))))(),
  ]);
  regions.forEach((r, i) => (weather[r] = forecasts[i]));

  stations: for (const [i, station] of stations.entries()) {
    if (leads[i] === "ok") continue stations;
    for (const beaconId of station.beacons) {
      const status = await pingBeacon(station.id, beaconId);
      if (status === "ok") continue stations;
      if (status === "dark") {
        (dark[station.id] ??= []).push(beaconId);
        if (dark[station.id].length >= 2) break;
      }
    }
  }

  const boats: string[] = [];
  for (const station of stations) {
    if (!dark[station.id]) continue;
    const w = (weather[station.region] ??= await fetchWeather(station.region));
    if (w.gale) await sleep(6 * 3600);
    boats.push(await dispatchBoat(station.id, `${dark[station.id].length} dark beacons`));
  }
  return await step("sweep", () => ({ dark, boats }));
});
