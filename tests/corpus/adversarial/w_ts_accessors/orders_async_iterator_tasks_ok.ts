// SDK: windmill-client 1.818.0 task calls return thenables keyed by call order; an async iterator that awaits a task per page is replayed from checkpoints
import { task, workflow } from "windmill-client";

type Order = { id: string; total: number };
type Page = { orders: Order[]; next: string | null };

const fetchOrderPage = task(async (shop: string, cursor: string | null): Promise<Page> => {
  const url = new URL(`https://api.shopgrid.io/v2/${shop}/orders`);
  if (cursor) url.searchParams.set("cursor", cursor);
  return (await (await fetch(url)).json()) as Page;
});

const reconcileOrder = task(async (orderId: string, total: number) => {
  const res = await fetch(`https://ledger.internal/reconcile/${orderId}`, {
    method: "POST",
    body: JSON.stringify({ total }),
  });
  return res.ok;
});

class OrderPages implements AsyncIterable<Order[]> {
  constructor(private readonly shop: string) {}

  async *[Symbol.asyncIterator](): AsyncIterator<Order[]> {
    let cursor: string | null = null;
    do {
      const page: Page = await fetchOrderPage(this.shop, cursor);
      yield page.orders;
      cursor = page.next;
    } while (cursor);
  }
}

export const main = workflow(async (shop: string) => {
  let reconciled = 0;
  for await (const page of new OrderPages(shop)) {
    for (const order of page) {
      if (await reconcileOrder(order.id, order.total)) reconciled++;
    }
  }
  return { reconciled };
});
