// SDK: windmill-client 1.818.0 index.js: the handler returns a promise that rejects with the caught error (`.then(() => { throw e; })`), so the async workflow function rejects with `StepSuspend` itself; `noteFailure` only logs
// Team code: loyalty points for a finished session; failures are noted and then rethrown.
import { task, workflow } from "windmill-client";

const creditPoints = task(async function creditPoints(driverId: string, kwh: number) {
  const r = await fetch(`https://loyalty.voltyard.example/api/drivers/${driverId}/points`, {
    method: "POST",
    body: JSON.stringify({ points: Math.floor(kwh * 10) }),
  });
  return (await r.json()) as { balance: number };
});

async function noteFailure(driverId: string, e: unknown): Promise<void> {
  console.error(`loyalty credit for ${driverId} interrupted`, e);
}

export const main = workflow(async (driverId: string, kwh: number) => {
  try {
    const { balance } = await creditPoints(driverId, kwh);
    return { driverId, balance };
  } catch (e) {
    return noteFailure(driverId, e).then(() => {
      throw e;
    });
  }
});
