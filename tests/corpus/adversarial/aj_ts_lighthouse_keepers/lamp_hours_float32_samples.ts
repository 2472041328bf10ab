// SDK: windmill-client 1.818.0 client.mjs: a task's result crosses the checkpoint as JSON; a Float32Array serialises as an object keyed "0", "1", ... (no length, no array methods), so `samples.reduce` in the body is a TypeError
import { step, task, workflow } from "windmill-client";

type Station = { id: string; name: string; lampType: "LED" | "metal-halide" };

const RATED_LUX: Record<Station["lampType"], number> = { LED: 42_000, "metal-halide": 55_000 };

const sampleLux = task(async (stationId: string, minutes: number) => {
  const r = await fetch(`https://telemetry.lighthouses.example/lux/${stationId}?minutes=${minutes}`);
  const buf = await r.arrayBuffer();
  return new Float32Array(buf); // expect: WAC107
});

const scheduleRelamp = task(async (stationId: string, reason: string) => {
  const r = await fetch("https://maintenance.lighthouses.example/relamp", {
    method: "POST",
    body: JSON.stringify({ stationId, reason }),
  });
  return ((await r.json()) as { ticket: string }).ticket;
});

export const main = workflow(async (stations: Station[], minutes: number = 30, threshold: number = 0.7) => {
  const tickets: Record<string, string> = {};
  for (const station of stations) {
    const samples = await sampleLux(station.id, minutes);
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const ratio = mean / RATED_LUX[station.lampType];
    if (ratio < threshold) {
      tickets[station.id] = await scheduleRelamp(station.id, `output at ${(ratio * 100).toFixed(0)}% of rated`);
    }
  }
  return await step("summary", () => ({ checked: stations.length, tickets }));
});
