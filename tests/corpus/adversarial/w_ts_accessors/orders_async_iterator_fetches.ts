// SDK: windmill-client 1.818.0 replays the body each round; for await calls [Symbol.asyncIterator]().next() in the body
import { task, workflow } from "windmill-client";

type Order = { id: string; total: number };

class OrderPages implements AsyncIterable<Order[]> {
  constructor(
    private readonly shop: string,
    private readonly pageSize = 100,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<Order[]> {
    let cursor: string | null = null;
    do {
      const url = new URL(`https://api.shopgrid.io/v2/${this.shop}/orders`);
      url.searchParams.set("limit", String(this.pageSize));
      if (cursor) url.searchParams.set("cursor", cursor);
      const res = await fetch(url);
      const body = (await res.json()) as { orders: Order[]; next: string | null };
      yield body.orders;
      cursor = body.next;
    } while (cursor);
  }
}

const reconcileOrder = task(async (orderId: string, total: number) => {
  const res = await fetch(`https://ledger.internal/reconcile/${orderId}`, {
    method: "POST",
    body: JSON.stringify({ total }),
  });
  return res.ok;
});

export const main = workflow(async (shop: string) => {
  let reconciled = 0;
  for await (const page of new OrderPages(shop)) { // expect: WAC101
    for (const order of page) {
      if (await reconcileOrder(order.id, order.total)) reconciled++;
    }
  }
  return { reconciled };
});
