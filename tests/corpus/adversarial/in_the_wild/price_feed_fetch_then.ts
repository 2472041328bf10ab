// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a fetch there is sent again each round and may answer differently, changing what the later tasks receive.
import { task, workflow } from "windmill-client";

const reprice = task(async (sku: string, rate: number) => ({ sku, price: Math.round(100 * rate) / 100 }));

export const main = workflow(async (skus: string[], currency: string) => {
  const rates = await fetch(`https://fx.example.com/latest?base=USD`).then((r) => r.json()); // expect: WAC101
  const rate = rates[currency] ?? 1;
  const out = [];
  for (const sku of skus) out.push(await reprice(sku, rate));
  return out;
});
