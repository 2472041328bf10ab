// SDK: windmill-client 1.818.0: a JavaScript Set keeps insertion order; Date is made and turned into an ISO string inside step(); Map built and spread into an object before it leaves the step
import { step, task, workflow } from "windmill-client";

const readSensor = task(async (sensorId: string) => {
  const r = await fetch(`https://iot.example-vines.io/sensors/${sensorId}/hourly`);
  if (!r.ok) throw new Error(`sensor ${sensorId}: ${r.status}`);
  const points = (await r.json()) as { t: string; humidity: number; tempC: number }[];
  return points;
});

const postDigest = task(async (cellar: string, digest: Record<string, { maxTemp: number; minHum: number }>, generatedAt: string) => {
  const r = await fetch("https://cellar.example-vines.io/api/digests", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ cellar, digest, generatedAt }),
  });
  return r.status;
});

export const main = workflow(async (cellar: string, sensorIds: string[]) => {
  const unique = new Set(sensorIds.map((s) => s.trim()).filter(Boolean));
  const bySensor: Record<string, { maxTemp: number; minHum: number }> = {};
  for (const id of unique) {
    const pts = await readSensor(id);
    bySensor[id] = {
      maxTemp: Math.max(...pts.map((p) => p.tempC)),
      minHum: Math.min(...pts.map((p) => p.humidity)),
    };
  }
  const generatedAt = await step("generated_at", () => new Date().toISOString());
  const summary = await step("summary", () => {
    const hot = new Map<string, number>();
    for (const [id, v] of Object.entries(bySensor)) if (v.maxTemp > 16) hot.set(id, v.maxTemp);
    return Object.fromEntries(hot);
  });
  const status = await postDigest(cellar, bySensor, generatedAt);
  return { status, hot: summary, sensors: unique.size };
});
