// SDK: windmill-client 1.818.0 client.mjs: parallel() returns results in item order; sorting checkpointed results (stable sort, default string order) is the same every round
import { task, step, parallel, workflow } from "windmill-client";

type Reading = { sensorId: string; bench: string; moisture: number };

const readSensor = task(async (sensorId: string): Promise<Reading> => {
  const res = await fetch(`https://gh.verdant.example/api/sensors/${sensorId}`);
  return (await res.json()) as Reading;
});

const waterBench = task(async (bench: string, litres: number) => {
  const res = await fetch(`https://gh.verdant.example/api/benches/${bench}/water`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ litres }),
  });
  return { bench, ok: res.ok };
});

export const main = workflow(async (sensorIds: string[], dryBelow: number = 30) => {
  const readings = await parallel(sensorIds, readSensor, { concurrency: 8 });

  const dryBenches = readings
    .filter((r) => r.moisture < dryBelow)
    .map((r) => r.bench);
  const uniqueDry = [...new Set(dryBenches)].sort();

  // driest first; equal moisture keeps sensor order
  const ranked = [...readings].sort((a, b) => a.moisture - b.moisture);
  console.log(`driest sensor: ${ranked[0]?.sensorId}`);

  const watered = [];
  for (const bench of uniqueDry) {
    watered.push(await waterBench(bench, 12));
  }
  return { watered, driest: ranked.slice(0, 3).map((r) => r.sensorId) };
});
