// SDK: windmill-client 1.818.0 index.js: `notifyPatrol(zone)` queues a step and returns a bare `{ then }`, kept only in the `delivery` parameter property; `describe()` never reads it and nothing else does, so the notification's result and failure are never observed
// Team code: an alert object keeps its delivery promise "for later", a pattern from the old Express service.
import { task, workflow } from "windmill-client";

const readSensor = task(async function readSensor(sensorId: string) {
  const r = await fetch(`https://sensors.snowwatch.example/api/sensors/${sensorId}`);
  return (await r.json()) as { zone: string; tiltDeg: number };
});

const notifyPatrol = task(async function notifyPatrol(zone: string, tiltDeg: number) {
  await fetch("https://dispatch.snowwatch.example/api/alerts", {
    method: "POST",
    body: JSON.stringify({ zone, tiltDeg }),
  });
  return zone;
});

class PendingAlert {
  constructor(
    readonly zone: string,
    private readonly delivery: PromiseLike<string>,
  ) {}

  describe(): string {
    return `alert raised for ${this.zone}`;
  }
}

export const main = workflow(async (sensorIds: string[]) => {
  const raised: string[] = [];
  for (const sensorId of sensorIds) {
    const reading = await readSensor(sensorId);
    if (reading.tiltDeg < 2) continue;
    const alert = new PendingAlert(reading.zone, notifyPatrol(reading.zone, reading.tiltDeg)); // expect: WAC106
    raised.push(alert.describe());
  }
  return { raised };
});
