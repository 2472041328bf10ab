// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; `await using` calls the lease's `[Symbol.asyncDispose]` when the block is left, also when the task's `StepSuspend` unwinds it, so `release` posts to the bay API in the body in every round
// Temporal port: a bay lease held for the duration of the charge, the way the old workflow used `CancellationScope` cleanup.
import { task, workflow } from "windmill-client";

class BayLeases {
  constructor(private readonly baseUrl: string) {}

  acquire(bayId: string) {
    return {
      bayId,
      [Symbol.asyncDispose]: () => this.release(bayId),
    };
  }

  private async release(bayId: string) {
    await fetch(`${this.baseUrl}/bays/${bayId}/lease`, { method: "DELETE" });
  }
}

const leases = new BayLeases("https://bays.voltyard.example/api");

const startCharge = task(async function startCharge(bayId: string, vehicleId: string) {
  const r = await fetch(`https://ocpp.voltyard.example/api/bays/${bayId}/start`, {
    method: "POST",
    body: JSON.stringify({ vehicleId }),
  });
  return ((await r.json()) as { sessionId: string }).sessionId;
});

export const main = workflow(async (bayId: string, vehicleId: string) => {
  await using lease = leases.acquire(bayId); // expect: WAC101
  const sessionId = await startCharge(lease.bayId, vehicleId);
  return { bayId, sessionId };
});
