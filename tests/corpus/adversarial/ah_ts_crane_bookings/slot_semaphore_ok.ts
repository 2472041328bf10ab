// SDK: windmill-client 1.818.0 client.mjs _nextStep(): keys are allocated in call order; the hand-written semaphore only queues resolvers in memory (no clock, no I/O) and releases in FIFO order, so the bookings are dispatched in the same order every round
import { task, workflow } from "windmill-client";

type SlotRequest = { craneId: string; day: string; trade: "steel" | "precast" | "mep"; hours: number };

class Semaphore {
  #free: number;
  #waiters: Array<() => void> = [];
  constructor(slots: number) {
    this.#free = slots;
  }
  async acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return;
    }
    await new Promise<void>((resolve) => this.#waiters.push(resolve));
  }
  release(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#free++;
  }
  async with<T>(fn: () => PromiseLike<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }
}

const bookSlot = task(async (req: SlotRequest) => {
  const r = await fetch("https://sitehub.ridgeway-build.example/api/crane-slots", {
    method: "POST",
    body: JSON.stringify(req),
  });
  if (!r.ok) throw new Error(`slot refused: ${r.status}`);
  return (await r.json()) as { slotId: string; start: string };
});

export const main = workflow(async (requests: SlotRequest[], maxConcurrent = 3) => {
  const gate = new Semaphore(maxConcurrent);
  const slots = await Promise.all(requests.map((req) => gate.with(() => bookSlot(req))));
  const byCrane: Record<string, string[]> = {};
  slots.forEach((s, i) => (byCrane[requests[i].craneId] ??= []).push(s.slotId));
  return { booked: slots.length, byCrane };
});
