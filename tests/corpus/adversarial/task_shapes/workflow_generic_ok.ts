// SDK: windmill-client 1.818.0 index.d.ts: workflow<T>(fn) and task<T>(fn) with type arguments are the same calls at run time.
import { task, workflow } from "windmill-client";

type Summary = { id: string; total: number };

const loadOrder = task<(id: string) => Promise<{ items: number[] }>>(async (id) => {
  return await (await fetch(`https://shop.example.com/orders/${id}`)).json();
});
const total = task(async (items: number[]) => items.reduce((a, b) => a + b, 0));

export const main = workflow<Summary>(async (id: string) => {
  const order = await loadOrder(id);
  return { id, total: await total(order.items) };
});
