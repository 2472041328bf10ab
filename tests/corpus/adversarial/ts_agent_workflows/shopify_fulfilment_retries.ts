// SDK: windmill-client 1.818.0 client.mjs: task options are read by name (`retry: { attempts, delay, multiplier }`, timeout, tag, ...); `retries: 3` is not one of them, so the flaky carrier call is never retried.
import { shopifyApi, ApiVersion } from "@shopify/shopify-api";
import { parallel, task, workflow } from "windmill-client";

type Line = { id: string; sku: string; qty: number };
type Order = { id: string; locationId: string; lines: Line[] };

const shopify = shopifyApi({ apiKey: "k", apiSecretKey: Bun.env.SHOPIFY_SECRET ?? "s", scopes: ["write_fulfillments"], hostName: "shop.example.com", apiVersion: ApiVersion.July24, isEmbeddedApp: false });

const openOrders = task(async (shop: string, token: string): Promise<Order[]> => {
  const client = new shopify.clients.Rest({ session: { shop, accessToken: token } as never });
  const res = await client.get({ path: "orders", query: { status: "open", fulfillment_status: "unfulfilled" } });
  return (res.body as { orders: Order[] }).orders;
});

const buyLabel = task(
  async (orderId: string, weightGrams: number) => {
    const r = await fetch("https://carrier.example.com/v2/labels", { method: "POST", body: JSON.stringify({ orderId, weightGrams }) });
    if (!r.ok) throw new Error(`carrier ${r.status}`);
    return (await r.json()) as { tracking: string };
  },
  { timeout: 120, retries: 3 }, // expect: WAC302
);

const markFulfilled = task(async (shop: string, token: string, orderId: string, tracking: string) => {
  const client = new shopify.clients.Rest({ session: { shop, accessToken: token } as never });
  await client.post({ path: `orders/${orderId}/fulfillments`, data: { fulfillment: { tracking_number: tracking } } });
  return { orderId, tracking };
});

export const main = workflow(async (shop: string, token: string, gramsPerItem: number = 250) => {
  const orders = await openOrders(shop, token);
  const byLocation = Object.groupBy(orders, (o) => o.locationId);
  const done = [];
  for (const [locationId, list] of Object.entries(byLocation)) {
    const labels = await parallel(list ?? [], (o: Order) => buyLabel(o.id, o.lines.reduce((n, l) => n + l.qty, 0) * gramsPerItem), { concurrency: 4 });
    for (const [i, o] of (list ?? []).entries()) done.push(await markFulfilled(shop, token, o.id, labels[i].tracking));
    console.log(`location ${locationId}: ${labels.length} labels`);
  }
  return { fulfilled: done.length };
});
