// SDK: windmill-client 1.818.0 client.mjs: a task body runs once in its own child round; the lease taken and released there is not repeated by the parent's replays.
import { task, workflow } from "windmill-client";

class Lease {
  constructor(readonly id: string) {}

  async [Symbol.asyncDispose]() {
    await fetch(`https://locks.example.com/leases/${this.id}`, { method: "DELETE" });
  }
}

const rebuild = task(async (index: string) => {
  await using lease = new Lease(index);
  return { index: lease.id, rebuilt: true };
});

export const main = workflow(async (index: string) => {
  return await rebuild(index);
});
