// SDK: windmill-client 1.818.0 parallel(items, fn, { concurrency }) over a task (client.d.ts 761); fetchFromCache / sendTo / writeReport are pure helpers over a Map, an array and strings, called in the body
import { parallel, task, workflow } from "windmill-client";

type Stock = { floor: number; item: string; onHand: number };
type Order = { floor: number; item: string; qty: number };

const STORES = "https://stores.hotel.example";
const PAR: Record<string, number> = { shampoo: 60, conditioner: 60, soap: 80, lotion: 40, coffee_pods: 120 };

const countFloor = task(async (property: string, floor: number): Promise<Stock[]> => {
  const res = await fetch(`${STORES}/${property}/floors/${floor}/closet`);
  if (!res.ok) throw new Error(`closet count ${floor}: ${res.status}`);
  return (await res.json()) as Stock[];
});

const placeOrder = task(async (property: string, orders: Order[], note: string) => {
  const res = await fetch(`${STORES}/${property}/orders`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lines: orders, note }),
  });
  return (await res.json()) as { orderId: string };
});

function fetchFromCache(cache: Map<string, number>, floor: number, item: string): number {
  return cache.get(`${floor}:${item}`) ?? 0;
}

function sendTo(outbox: Order[], order: Order): void {
  if (order.qty > 0) outbox.push(order);
}

function writeReport(orders: Order[]): string {
  return orders.map((o) => `floor ${o.floor}: ${o.qty} x ${o.item}`).join("\n");
}

export const main = workflow(async (property: string, floors: number[]) => {
  const counts = await parallel(floors, (f) => countFloor(property, f), { concurrency: 4 });
  const cache = new Map<string, number>();
  for (const s of counts.flat()) cache.set(`${s.floor}:${s.item}`, s.onHand);
  const outbox: Order[] = [];
  for (const floor of floors) {
    for (const [item, par] of Object.entries(PAR)) {
      sendTo(outbox, { floor, item, qty: par - fetchFromCache(cache, floor, item) });
    }
  }
  if (outbox.length === 0) return { ordered: false };
  const report = writeReport(outbox);
  const { orderId } = await placeOrder(property, outbox, report);
  return { ordered: true, orderId, lines: outbox.length, report };
});
