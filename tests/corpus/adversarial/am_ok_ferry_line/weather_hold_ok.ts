// SDK: windmill-client 1.818.0: sleep() is durable and counts toward no timer; the loop bound is an input; a catch that rethrows StepSuspend by instanceof as its first statement, written with a block and a return afterwards
import { StepSuspend, sleep, step, task, workflow } from "windmill-client";

const forecast = task(async (route: string) => {
  const r = await fetch(`https://marine.example-ferry.io/forecast?route=${route}`);
  if (!r.ok) throw new Error(`forecast ${r.status}`);
  const f = (await r.json()) as { waveM: number; windKn: number };
  return f;
});

const setStatus = task(async (sailingId: string, status: "hold" | "go" | "cancel") => {
  const r = await fetch(`https://ops.example-ferry.io/sailings/${sailingId}/status`, { method: "PUT", body: JSON.stringify({ status }) });
  return r.ok;
});

const LIMITS = { waveM: 3.5, windKn: 40 } as const;

export const main = workflow(async (sailingId: string, route: string, maxChecks = 8) => {
  await setStatus(sailingId, "hold");
  for (let i = 0; i < maxChecks; i++) {
    let f: { waveM: number; windKn: number };
    try {
      f = await forecast(route);
    } catch (e) {
      if (e instanceof StepSuspend) {
        throw e;
      }
      await sleep(1800);
      continue;
    }
    if (f.waveM < LIMITS.waveM && f.windKn < LIMITS.windKn) {
      await setStatus(sailingId, "go");
      return await step("released", () => ({ sailingId, check: i + 1, at: new Date().toISOString() }));
    }
    await sleep(1800);
  }
  await setStatus(sailingId, "cancel");
  return { sailingId, cancelled: true };
});
