// SDK: windmill-client 1.818.0 client.mjs: a task in a `finally` begins with _nextStep -> _rethrowSwallowed, so while the `try` suspends it only passes the parked StepSuspend on; on the round the loop finishes it runs as written
import { task, step, workflow } from "windmill-client";

const BASE = "https://irradiator.hemolink.example/api";

const lockIrradiator = task(async (deviceId: string, operator: string) => {
  const r = await fetch(`${BASE}/devices/${deviceId}/lock`, { method: "POST", body: JSON.stringify({ operator }) });
  return ((await r.json()) as { lockId: string }).lockId;
});

const irradiateBatch = task(async (deviceId: string, unitIds: string[], doseGy: number) => {
  const r = await fetch(`${BASE}/devices/${deviceId}/cycles`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ unitIds, doseGy }),
  });
  return (await r.json()) as { cycleId: string; delivered: number };
});

const releaseIrradiator = task(async (deviceId: string, lockId: string) => {
  await fetch(`${BASE}/devices/${deviceId}/lock/${lockId}`, { method: "DELETE" });
  return { released: true };
});

const labelUnits = task(async (unitIds: string[], cycleId: string) => {
  await fetch("https://api.hemolink.example/v2/labels/irradiated", {
    method: "POST",
    body: JSON.stringify({ unitIds, cycleId }),
  });
  return unitIds.length;
});

export const main = workflow(async (deviceId: string, operator: string, unitIds: string[], doseGy = 25) => {
  const batches = await step("batches", () => {
    const out: string[][] = [];
    for (let i = 0; i < unitIds.length; i += 12) out.push(unitIds.slice(i, i + 12));
    return out;
  });

  const lockId = await lockIrradiator(deviceId, operator);
  const cycles: string[] = [];
  try {
    for (const batch of batches) {
      const c = await irradiateBatch(deviceId, batch, doseGy);
      cycles.push(c.cycleId);
      await labelUnits(batch, c.cycleId);
    }
  } finally {
    await releaseIrradiator(deviceId, lockId); 
  }
  return { deviceId, cycles };
});
