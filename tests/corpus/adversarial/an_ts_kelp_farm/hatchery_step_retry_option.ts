// SDK: windmill-client 1.818.0 index.js `step(name, fn)` declares two parameters and `_runInlineStep` has no retry; the options object an assistant added as a third argument is dropped by JavaScript, and `sleep(seconds)` reads no unit, so `sleep(20, "minutes")` waits 20 seconds
import { sleep, step, task, workflow } from "windmill-client";

const readTankSensors = async (tankId: string) => {
  const r = await fetch(`https://hatchery.saltmarsh-kelp.example/api/tanks/${tankId}/sensors`);
  if (!r.ok) throw new Error(`sensors ${tankId}: ${r.status}`);
  return (await r.json()) as { tempC: number; salinity: number; lux: number };
};

const dosePhotoperiod = task(async function dosePhotoperiod(tankId: string, hours: number) {
  await fetch(`https://hatchery.saltmarsh-kelp.example/api/tanks/${tankId}/photoperiod`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ hours }),
  });
  return { tankId, hours };
});

export const main = workflow(async (tankId: string) => {
  const before = await step("sensors_before", () => readTankSensors(tankId), { retries: 3, timeout: 30 }); // expect: WAC301
  const hours = before.lux < 400 ? 16 : 12;
  await dosePhotoperiod(tankId, hours);
  await sleep(20, "minutes"); // expect: WAC301
  const after = await step("sensors_after", () => readTankSensors(tankId));
  return { tankId, hours, before, after };
});
