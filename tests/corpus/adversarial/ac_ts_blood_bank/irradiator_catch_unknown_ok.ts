// SDK: windmill-client 1.818.0 client.mjs + wacError.mjs: the suspension is an Error named "StepSuspend"; the handler rethrows it (and anything that is not a TaskError) before recovering from a failed cycle
import { task, step, workflow } from "windmill-client";

const BASE = "https://irradiator.hemolink.example/api";

const irradiateBatch = task(async (deviceId: string, unitIds: string[], doseGy: number) => {
  const r = await fetch(`${BASE}/devices/${deviceId}/cycles`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ unitIds, doseGy }),
  });
  if (!r.ok) throw new Error(`cycle refused: ${r.status}`);
  return (await r.json()) as { cycleId: string };
});

const flagForManualCycle = task(async (unitIds: string[], reason: string) => {
  await fetch("https://api.hemolink.example/v2/manual-queue", { method: "POST", body: JSON.stringify({ unitIds, reason }) });
  return unitIds.length;
});

function isTaskFailure(e: unknown): e is Error & { step_key?: string } {
  return e instanceof Error && e.name === "TaskError";
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message.slice(0, 200);
  return String(e);
}

export const main = workflow(async (deviceId: string, unitIds: string[], doseGy = 25) => {
  const batches = await step("batches", () => {
    const out: string[][] = [];
    for (let i = 0; i < unitIds.length; i += 12) out.push(unitIds.slice(i, i + 12));
    return out;
  });

  const done: string[] = [];
  let manual = 0;
  for (const batch of batches) {
    try {
      const c = await irradiateBatch(deviceId, batch, doseGy);
      done.push(c.cycleId);
    } catch (e: unknown) {
      if (!isTaskFailure(e)) throw e;
      manual += await flagForManualCycle(batch, describe(e));
    }
  }
  return { deviceId, cycles: done, manual };
});
