// SDK: windmill-client 1.818.0 index.js `task(fn, { retry, timeout })` reads `retry` (`retryAttempts`, `retryDelaySeconds`) and `timeout` in `_nextStep`; `sleep(seconds)` is given 20 minutes as seconds
import { sleep, step, task, workflow } from "windmill-client";

const readTankSensors = task(
  async function readTankSensors(tankId: string) {
    const r = await fetch(`https://hatchery.saltmarsh-kelp.example/api/tanks/${tankId}/sensors`);
    if (!r.ok) throw new Error(`sensors ${tankId}: ${r.status}`);
    return (await r.json()) as { tempC: number; salinity: number; lux: number };
  },
  { retry: { attempts: 3, delay: 10 }, timeout: 30 },
);

const dosePhotoperiod = task(async function dosePhotoperiod(tankId: string, hours: number) {
  await fetch(`https://hatchery.saltmarsh-kelp.example/api/tanks/${tankId}/photoperiod`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ hours }),
  });
  return { tankId, hours };
});

export const main = workflow(async (tankId: string) => {
  const before = await readTankSensors(tankId);
  const hours = await step("photoperiod_hours", () => (before.lux < 400 ? 16 : 12));
  await dosePhotoperiod(tankId, hours);
  await sleep(20 * 60);
  const after = await readTankSensors(tankId);
  return { tankId, hours, before, after };
});
