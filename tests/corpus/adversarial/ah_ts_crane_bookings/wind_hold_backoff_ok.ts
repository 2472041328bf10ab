// SDK: windmill-client 1.818.0 client.mjs sleep(): the SDK's sleep suspends the workflow durably (key sleep, sleep_2...); Bun.sleep only waits inside the task's own job, between its HTTP polls
import { task, workflow, sleep, step } from "windmill-client";

type WindReading = { gustMs: number; meanMs: number };

const readAnemometer = task(async (craneId: string): Promise<WindReading> => {
  let last: WindReading = { gustMs: 0, meanMs: 0 };
  for (let i = 0; i < 3; i++) {
    const r = await fetch(`https://telemetry.liftsense.example/v1/cranes/${craneId}/wind`);
    if (r.ok) {
      last = (await r.json()) as WindReading;
      break;
    }
    await Bun.sleep(2_000 * (i + 1));
  }
  return last;
});

const resumeLifting = task(async (craneId: string) => {
  await fetch(`https://sitehub.ridgeway-build.example/api/cranes/${craneId}/resume`, { method: "POST" });
});

export const main = workflow(async (craneId: string, maxChecks = 8, gustLimitMs = 18) => {
  for (let check = 0; check < maxChecks; check++) {
    const wind = await readAnemometer(craneId);
    if (wind.gustMs < gustLimitMs) {
      await resumeLifting(craneId);
      const resumedAt = await step("resumed_at", () => new Date().toISOString());
      return { resumed: true, checks: check + 1, resumedAt };
    }
    await sleep(Math.min(900, 120 * 2 ** check));
  }
  return { resumed: false, checks: maxChecks };
});
