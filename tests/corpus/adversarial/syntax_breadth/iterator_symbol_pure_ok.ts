// SDK: windmill-client 1.818.0 client.mjs `_allocKey`: keys follow call order; the class's `[Symbol.iterator]` yields batches of the input in order, with no I/O.
import { task, workflow } from "windmill-client";

class Batches<T> {
  constructor(
    private readonly items: T[],
    private readonly size: number,
  ) {}

  *[Symbol.iterator](): Generator<T[]> {
    for (let i = 0; i < this.items.length; i += this.size) yield this.items.slice(i, i + this.size);
  }
}

const closeStale = task(async (ids: string[]) => ids.length);

export const main = workflow(async (ids: string[], size: number = 50) => {
  let closed = 0;
  for (const batch of new Batches(ids, size)) {
    closed += await closeStale(batch);
  }
  return { closed };
});
