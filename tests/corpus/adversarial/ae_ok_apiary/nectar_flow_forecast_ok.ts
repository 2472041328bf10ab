// SDK: windmill-client 1.818.0 parallel() with a concurrency option over sorted sites; a Map rebuilt from a task's plain object with new Map(Object.entries(r)); a seeded mulberry32 generator for jitter; the clock read only inside a step
import { parallel, step, task, workflow } from "windmill-client";

type Forecast = { site: string; tempC: number[]; rainMm: number[] };

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

const forecast = task(async (site: string): Promise<Forecast> => {
  const res = await fetch(`https://wx.apiary.example/sites/${encodeURIComponent(site)}/7d`);
  return await res.json();
});

const bloomCalendar = task(async (region: string): Promise<Record<string, number>> => {
  const res = await fetch(`https://bloom.apiary.example/regions/${region}`);
  return await res.json();
});

const publish = task(async (region: string, ranking: { site: string; score: number }[], asOf: string) => {
  const res = await fetch(`https://apiary.coop.example/api/forecasts/${region}`, {
    method: "PUT",
    body: JSON.stringify({ ranking, asOf }),
  });
  return res.status;
});

function flowScore(f: Forecast, bloomWeight: number, rand: () => number): number {
  const warmDays = f.tempC.filter((t) => t >= 18 && t <= 32).length;
  const dryDays = f.rainMm.filter((r) => r < 2).length;
  return warmDays * 2 + dryDays + bloomWeight * 3 + rand() * 0.01;
}

export const main = workflow(async (region: string, sites: string[]) => {
  const calendar = new Map(Object.entries(await bloomCalendar(region)));
  const forecasts = await parallel([...sites].sort(), forecast, { concurrency: 3 });
  const rand = mulberry32(seedOf(region));
  const ranking = forecasts
    .map((f) => ({ site: f.site, score: flowScore(f, calendar.get(f.site) ?? 0, rand) }))
    .sort((a, b) => b.score - a.score);
  const asOf = await step("as_of", () => new Date().toISOString());
  const status = await publish(region, ranking, asOf);
  return { region, asOf, top: ranking.slice(0, 3), status };
});
