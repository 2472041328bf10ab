// SDK: windmill-client 1.818.0 local functions named fetch / send / sleep shadow the globals and are pure; the real network calls live in tasks; Promise.all over a sorted map with one task per hive
import { task, step, workflow } from "windmill-client";

type ScaleReading = { hive: string; kg: number; at: string };
type Drop = { hive: string; lostKg: number; at: string };

const SCALE_API = "https://scales.apiary.example/v1";

// A pure lookup named like the global; it only reads the map it is given.
function fetch(readings: Map<string, ScaleReading[]>, hive: string): ScaleReading[] {
  return readings.get(hive) ?? [];
}

// Builds the text of an alert; delivery is the `deliver` task's job.
function send(drops: Drop[]): string {
  return drops.map((d) => `${d.hive} lost ${d.lostKg.toFixed(1)} kg at ${d.at}`).join("\n");
}

// Milliseconds to seconds for the SDK, nothing more.
const sleep = (ms: number) => Math.round(ms / 1000);

const readScales = task(async (yard: string): Promise<ScaleReading[]> => {
  const res = await globalThis.fetch(`${SCALE_API}/yards/${yard}/readings?window=2h`);
  if (!res.ok) throw new Error(`scales ${res.status}`);
  return (await res.json()) as ScaleReading[];
});

const deliver = task(async (yard: string, text: string) => {
  const res = await globalThis.fetch("https://push.apiary.example/alerts", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ yard, text }),
  });
  return { yard, status: res.status };
});

function swarmDrops(series: ScaleReading[], thresholdKg: number): Drop[] {
  const out: Drop[] = [];
  for (let i = 1; i < series.length; i++) {
    const lost = series[i - 1].kg - series[i].kg;
    if (lost >= thresholdKg) out.push({ hive: series[i].hive, lostKg: lost, at: series[i].at });
  }
  return out;
}

export const main = workflow(async (yards: string[], thresholdKg = 1.5, quietMs = 900_000) => {
  const ordered = [...yards].sort();
  const perYard = await Promise.all(ordered.map((y) => readScales(y)));
  const results: { yard: string; drops: number; status?: number }[] = [];
  for (const [i, yard] of ordered.entries()) {
    const byHive = new Map<string, ScaleReading[]>();
    for (const r of perYard[i]) byHive.set(r.hive, [...(byHive.get(r.hive) ?? []), r]);
    const drops = [...byHive.keys()].sort().flatMap((h) => swarmDrops(fetch(byHive, h), thresholdKg));
    if (drops.length === 0) {
      results.push({ yard, drops: 0 });
      continue;
    }
    const sent = await deliver(yard, send(drops));
    results.push({ yard, drops: drops.length, status: sent.status });
  }
  const checkedAt = await step("checked_at", () => new Date().toISOString());
  return { checkedAt, quietSeconds: sleep(quietMs), results };
});
