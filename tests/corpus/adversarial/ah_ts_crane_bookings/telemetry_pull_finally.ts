// SDK: windmill-client 1.818.0 client.mjs _nextStep(): a task call returns a bare `{ then }` object, so `.finally(...)` on it is a TypeError (finally is not a function)
import { task, workflow, step } from "windmill-client";

type Reading = { craneId: string; windMs: number; slewDeg: number; ts: string };

const WIND_STOP_MS = 20;

const pullTelemetry = task(async (craneId: string, minutes: number): Promise<Reading[]> => {
  const r = await fetch(`https://telemetry.liftsense.example/v1/cranes/${craneId}/readings?minutes=${minutes}`);
  return (await r.json()) as Reading[];
});

const raiseWindStop = task(async (craneId: string, peak: number) => {
  await fetch("https://sitehub.ridgeway-build.example/api/stops", {
    method: "POST",
    body: JSON.stringify({ craneId, reason: `gust ${peak} m/s` }),
  });
});

export const main = workflow(async (cranes: string[], windowMinutes = 15) => {
  const peaks: Record<string, number> = {};
  for (const craneId of cranes) {
    const readings = await pullTelemetry(craneId, windowMinutes).finally(() => console.log(`pulled ${craneId}`)); // expect: WAC202
    const peak = readings.reduce((m, r) => Math.max(m, r.windMs), 0);
    peaks[craneId] = peak;
    if (peak >= WIND_STOP_MS) await raiseWindStop(craneId, peak);
  }
  const stopped = await step("stopped", () => Object.entries(peaks).filter(([, p]) => p >= WIND_STOP_MS).map(([c]) => c));
  return { peaks, stopped };
});
