// SDK: windmill-client 1.818.0 Object.keys(...).sort() fixes the order of tasks; a Map built from task results and iterated in insertion order; Date.parse of task results
import { task, workflow } from "windmill-client";

type Obs = { station: string; cm: number; observedAt: string };

const STATIONS: Record<string, { lat: number; lon: number }> = {
  summit: { lat: 39.6, lon: -106.0 },
  midway: { lat: 39.61, lon: -106.01 },
  base: { lat: 39.62, lon: -106.02 },
};

const observe = task(async (station: string, lat: number, lon: number): Promise<Obs> => {
  const res = await fetch(`https://snow.example/obs?lat=${lat}&lon=${lon}`);
  const { cm, at } = (await res.json()) as { cm: number; at: string };
  return { station, cm, observedAt: at };
});

const publish = task(async (lines: string[]) => {
  await fetch("https://site.resort.example/api/snow-report", { method: "PUT", body: lines.join("\n") });
  return lines.length;
});

export const main = workflow(async (maxAgeHours = 6) => {
  const names = Object.keys(STATIONS).sort();
  const obs = await Promise.all(names.map((n) => observe(n, STATIONS[n].lat, STATIONS[n].lon)));
  const byStation = new Map(obs.map((o) => [o.station, o] as const));
  const newest = Math.max(...obs.map((o) => Date.parse(o.observedAt)));
  const lines: string[] = [];
  for (const [station, o] of byStation) {
    const stale = newest - Date.parse(o.observedAt) > maxAgeHours * 3_600_000;
    lines.push(`${station}: ${o.cm} cm${stale ? " (stale)" : ""}`);
  }
  return { published: await publish(lines) };
});
