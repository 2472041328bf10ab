// SDK: windmill-client 1.818.0 raises StepSuspend out of the block; await using runs [Symbol.asyncDispose] while it unwinds, so the release task is called on every suspension
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

class Lease implements AsyncDisposable {
  constructor(
    readonly resource: string,
    readonly leaseId: string,
  ) {}
  async [Symbol.asyncDispose]() {
    await releaseLease(this.resource, this.leaseId);
  }
}

export const main = workflow(async (indexes: string[], holder: string) => {
  const leaseId = await acquireLease("search-cluster", holder);
  await using lease = new Lease("search-cluster", leaseId); // expect: WAC203
  let docs = 0;
  for (const index of indexes) {
    docs += await rebuildIndex(index);
  }
  return { docs, lease: lease.leaseId };
});
