// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round and each unawaited round ends in a thrown StepSuspend; `await using` runs [Symbol.asyncDispose] whenever the block is left, the throw included, so the lease is released over HTTP on every round.
import { task, workflow } from "windmill-client";

class Lease {
  constructor(readonly id: string) {}

  async [Symbol.asyncDispose]() {
    await fetch(`https://locks.example.com/leases/${this.id}`, { method: "DELETE" });
  }
}

const rebuild = task(async (index: string) => ({ index, rebuilt: true }));

export const main = workflow(async (index: string) => {
  await using lease = new Lease(index); // expect: WAC101
  return await rebuild(lease.id);
});
