// SDK: windmill-client 1.818.0: Promise.all over task calls keyed by stable names; results are JSON values
import { task, workflow } from "windmill-client";
import { createHash } from "node:crypto";

type Sku = { sku: string; onHand: number; par: number; supplier: string };

const placeOrder = task(async (supplier: string, lines: { sku: string; qty: number }[], idempotencyKey: string) => {
  const res = await fetch(`https://suppliers.example.com/${supplier}/orders`, {
    method: "POST",
    headers: { "Idempotency-Key": idempotencyKey, "content-type": "application/json" },
    body: JSON.stringify({ lines }),
  });
  if (!res.ok) throw new Error(`order to ${supplier} failed`);
  return (await res.json()) as { orderId: string };
});

const groupBySupplier = (items: Sku[]) =>
  items.reduce<Record<string, { sku: string; qty: number }[]>>((acc, it) => {
    const qty = it.par - it.onHand;
    if (qty > 0) (acc[it.supplier] ??= []).push({ sku: it.sku, qty });
    return acc;
  }, {});

export const main = workflow(async (week: string, items: Sku[]) => {
  const bySupplier = groupBySupplier(items);
  const suppliers = Object.keys(bySupplier).sort();
  const orders = await Promise.all(
    suppliers.map((s) => {
      const key = createHash("sha1").update(`${week}:${s}:${JSON.stringify(bySupplier[s])}`).digest("hex");
      return placeOrder(s, bySupplier[s], key);
    }),
  );
  return Object.fromEntries(suppliers.map((s, i) => [s, orders[i].orderId]));
});
