// SDK: windmill-client 1.818.0 client.mjs: only I/O in the workflow body repeats harmfully; a local `fetch` that reads a Map does none.
import { task, workflow } from "windmill-client";

type Price = { sku: string; cents: number };

const loadPrices = task(async (catalog: string): Promise<Price[]> => {
  const res = await globalThis.fetch(`https://pricing.example.com/api/${catalog}`);
  return await res.json();
});

const applyDiscount = task(async (sku: string, cents: number) => ({ sku, cents }));

export const main = workflow(async (catalog: string, skus: string[], percent: number) => {
  const prices = await loadPrices(catalog);
  const bySku = new Map(prices.map((p) => [p.sku, p.cents]));
  const fetch = (sku: string) => bySku.get(sku) ?? 0;
  const results = [];
  for (const sku of skus) {
    const discounted = Math.round(fetch(sku) * (1 - percent / 100));
    results.push(await applyDiscount(sku, discounted));
  }
  return results;
});
