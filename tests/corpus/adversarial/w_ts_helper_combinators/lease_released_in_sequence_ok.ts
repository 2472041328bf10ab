// SDK: windmill-client 1.818.0 keys tasks by call order; acquire, work and release as plain awaited calls replay in the same order
import { task, workflow } from "windmill-client";

const acquireLease = task(async (resource: string, holder: string) => {
  const res = await fetch(`https://locks.internal/leases/${resource}`, {
    method: "POST",
    body: JSON.stringify({ holder, ttlSeconds: 900 }),
  });
  return ((await res.json()) as { leaseId: string }).leaseId;
});

const releaseLease = task(async (resource: string, leaseId: string) => {
  await fetch(`https://locks.internal/leases/${resource}/${leaseId}`, { method: "DELETE" });
  return leaseId;
});

const rebuildIndex = task(async (index: string) => {
  const res = await fetch(`https://search.internal/indexes/${index}/rebuild`, { method: "POST" });
  return ((await res.json()) as { docs: number }).docs;
});

class Timer implements Disposable {
  private readonly started = performance.now();
  constructor(private readonly label: string) {}
  [Symbol.dispose]() {
    console.log(`${this.label}: ${Math.round(performance.now() - this.started)} ms in this round`);
  }
}

export const main = workflow(async (indexes: string[], holder: string) => {
  using _t = new Timer("reindex");
  const leaseId = await acquireLease("search-cluster", holder);
  let docs = 0;
  for (const index of indexes) {
    docs += await rebuildIndex(index);
  }
  await releaseLease("search-cluster", leaseId);
  return { docs, leaseId };
});
