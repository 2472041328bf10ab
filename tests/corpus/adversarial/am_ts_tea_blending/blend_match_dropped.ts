// SDK: windmill-client 1.818.0 index.js: calling a task pushes it to `ctx.pending` and returns a bare `{ then }`; ts-pattern's `.exhaustive()` returns what the matching arm returns, and the statement throws it away, so the shipment's result and failure are never seen
import { task, workflow } from "windmill-client";
import { match } from "ts-pattern";

type Order =
  | { kind: "sample"; sku: string; grams: number; address: string }
  | { kind: "wholesale"; sku: string; kilos: number; accountId: string };

const shipSample = task(async function shipSample(sku: string, grams: number, address: string) {
  const r = await fetch("https://ship.leafhouse.example/api/parcels", {
    method: "POST",
    body: JSON.stringify({ sku, grams, address }),
  });
  return (await r.json()) as { tracking: string };
});

const shipWholesale = task(async function shipWholesale(sku: string, kilos: number, accountId: string) {
  const r = await fetch("https://ship.leafhouse.example/api/pallets", {
    method: "POST",
    body: JSON.stringify({ sku, kilos, accountId }),
  });
  return (await r.json()) as { tracking: string };
});

export const main = workflow(async (order: Order) => {
  match(order).with({ kind: "sample" }, (o) => shipSample(o.sku, o.grams, o.address)).with({ kind: "wholesale" }, (o) => shipWholesale(o.sku, o.kilos, o.accountId)).exhaustive(); // expect: WAC106
  return { sku: order.sku, queued: true };
});
