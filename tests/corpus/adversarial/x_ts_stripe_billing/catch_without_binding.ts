// SDK: windmill-client 1.818.0: StepSuspend extends Error and is thrown when the task's { then } is awaited; `catch {}` with no binding swallows it like any other error
import { task, workflow } from "windmill-client";

type ShopifyOrder = { id: number; shop: string; lineItems: { sku: string; quantity: number }[] };

const reserveStock = task(async (sku: string, quantity: number) => {
  const r = await fetch(`https://wms.internal/api/reservations`, {
    method: "POST",
    body: JSON.stringify({ sku, quantity }),
  });
  if (r.status === 409) throw new Error(`out of stock: ${sku}`);
  return (await r.json()).reservationId as string;
});

const tagOrder = task(async (shop: string, orderId: number, tags: string[]) => {
  await fetch(`https://${shop}/admin/api/2024-04/orders/${orderId}.json`, {
    method: "PUT",
    headers: { "X-Shopify-Access-Token": process.env.SHOPIFY_TOKEN!, "Content-Type": "application/json" },
    body: JSON.stringify({ order: { id: orderId, tags: tags.join(", ") } }),
  });
});

export const main = workflow(async (order: ShopifyOrder) => {
  const reserved: string[] = [];
  const backordered: string[] = [];
  for (const item of order.lineItems) {
    try {
      reserved.push(await reserveStock(item.sku, item.quantity));
    } catch { // expect: WAC202
      backordered.push(item.sku);
    }
  }
  await tagOrder(order.shop, order.id, backordered.length ? ["backorder"] : ["reserved"]);
  return { reserved, backordered };
});
