// SDK: windmill-client 1.818.0 index.d.ts: workflow<T>(fn) marks fn as the entry whatever T is; the body re-runs on every replay, so the fetch in it repeats.
import { task, workflow } from "windmill-client";

type Summary = { id: string; total: number };

const total = task(async (items: number[]) => items.reduce((a, b) => a + b, 0));

export const main = workflow<Summary>(async (id: string) => {
  const order = await (await fetch(`https://shop.example.com/orders/${id}`)).json(); // expect: WAC101
  return { id, total: await total(order.items) };
});
