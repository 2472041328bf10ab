// SDK: windmill-client 1.818.0 client.mjs task(): the result crosses JSON; JSON.stringify drops a member whose value is a function, so `fx.convert` is undefined in the body and calling it throws TypeError.
import { task, workflow } from "windmill-client";

type Price = { sku: string; usd: number };

const loadRate = task(async (currency: string) => {
  const res = await fetch(`https://fx.example.com/latest?base=USD&symbols=${currency}`);
  const { rates } = (await res.json()) as { rates: Record<string, number> };
  const rate = rates[currency];
  return { currency, rate, convert: (usd: number) => Math.round(usd * rate * 100) / 100 }; // expect: WAC107
});

const publishPrices = task(async (currency: string, prices: { sku: string; amount: number }[]) => {
  await fetch(`https://shop.example.com/prices/${currency}`, {
    method: "PUT",
    body: JSON.stringify(prices),
  });
  return prices.length;
});

export const main = workflow(async (currency: string, prices: Price[]) => {
  const fx = await loadRate(currency);
  const local = prices.map((p) => ({ sku: p.sku, amount: fx.convert(p.usd) }));
  return await publishPrices(currency, local);
});
