// SDK: windmill-client 1.818.0 index.js: the `{ then }` from `notifyPatrol` is kept in the `delivery` parameter property and `delivered()` awaits it; the body awaits `delivered()` for each alert
// Team code: the alert object, its delivery awaited before the alert is listed.
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

  async delivered(): Promise<string> {
    return `alert delivered for ${await this.delivery}`;
  }
}

export const main = workflow(async (sensorIds: string[]) => {
  const raised: string[] = [];
  for (const sensorId of sensorIds) {
    const reading = await readSensor(sensorId);
    if (reading.tiltDeg < 2) continue;
    const alert = new PendingAlert(reading.zone, notifyPatrol(reading.zone, reading.tiltDeg));
    raised.push(await alert.delivered());
  }
  return { raised };
});
