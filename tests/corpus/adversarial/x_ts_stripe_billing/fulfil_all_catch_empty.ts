// SDK: windmill-client 1.818.0: Promise.all(...) is a real Promise that rejects with the first StepSuspend; .catch on it turns the suspension into []
import { task, workflow } from "windmill-client";

type Fulfilment = { orderId: number; shop: string; trackingNumber: string; carrier: string };

const createFulfilment = task(async (f: Fulfilment) => {
  const r = await fetch(`https://${f.shop}/admin/api/2024-04/orders/${f.orderId}/fulfillments.json`, {
    method: "POST",
    headers: { "X-Shopify-Access-Token": process.env.SHOPIFY_TOKEN!, "Content-Type": "application/json" },
    body: JSON.stringify({ fulfillment: { tracking_number: f.trackingNumber, tracking_company: f.carrier } }),
  });
  return (await r.json()).fulfillment?.id as number | undefined;
});

export const main = workflow(async (batch: Fulfilment[]) => {
  const ids = await Promise.all(batch.map((f) => createFulfilment(f))).catch((err) => { // expect: WAC202
    console.error("fulfilment batch failed", err);
    return [] as (number | undefined)[];
  });
  return { fulfilled: ids.filter((x) => x !== undefined).length, requested: batch.length };
});
