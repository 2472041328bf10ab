// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body replays after each suspension; `orders.create` calls the base class's `post` (a fetch), so the order is posted on every replay.
import { task, workflow } from "windmill-client";

class RestResource {
  constructor(protected readonly base: string) {}

  protected async post<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return (await res.json()) as T;
  }
}

class Orders extends RestResource {
  create(order: { sku: string; qty: number }) {
    return this.post<{ id: string }>("/orders", order);
  }
}

const reserveStock = task(async function reserveStock(sku: string, qty: number) {
  return { sku, qty, reserved: true };
});

export const main = workflow(async (sku: string, qty: number) => {
  await reserveStock(sku, qty);
  const orders = new Orders("https://shop.example.com/api");
  const order = await orders.create({ sku, qty }); // expect: WAC101
  return order.id;
});
