// SDK: windmill-client 1.818.0 index.js: calling a task returns a bare `{ then }`; ts-pattern's `.exhaustive()` returns what the matching arm returns, and the body awaits it, so the result is read from the checkpoint
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
  const shipment = await match(order)
    .with({ kind: "sample" }, (o) => shipSample(o.sku, o.grams, o.address))
    .with({ kind: "wholesale" }, (o) => shipWholesale(o.sku, o.kilos, o.accountId))
    .exhaustive();
  return { sku: order.sku, tracking: shipment.tracking };
});
