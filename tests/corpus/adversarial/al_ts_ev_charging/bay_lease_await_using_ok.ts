// SDK: windmill-client 1.818.0 index.js: the body re-runs after each task; this lease's `[Symbol.asyncDispose]` only removes the bay from an in-memory set, and the real release is a task awaited at the end
// Temporal port: the bay lease, bookkeeping in memory, the release as a task.
import { task, workflow } from "windmill-client";

class BayLeases {
  readonly held = new Set<string>();

  acquire(bayId: string) {
    this.held.add(bayId);
    return {
      bayId,
      [Symbol.asyncDispose]: async () => {
        this.held.delete(bayId);
      },
    };
  }
}

const leases = new BayLeases();

const startCharge = task(async function startCharge(bayId: string, vehicleId: string) {
  const r = await fetch(`https://ocpp.voltyard.example/api/bays/${bayId}/start`, {
    method: "POST",
    body: JSON.stringify({ vehicleId }),
  });
  return ((await r.json()) as { sessionId: string }).sessionId;
});

const releaseBay = task(async function releaseBay(bayId: string) {
  await fetch(`https://bays.voltyard.example/api/bays/${bayId}/lease`, { method: "DELETE" });
  return bayId;
});

export const main = workflow(async (bayId: string, vehicleId: string) => {
  let sessionId: string;
  {
    await using lease = leases.acquire(bayId);
    sessionId = await startCharge(lease.bayId, vehicleId);
  }
  await releaseBay(bayId);
  return { bayId, sessionId };
});
