// SDK: windmill-client 1.818.0 client.mjs task(): the task returns plain data (a number), and the conversion function lives in the file, applied in the body to the checkpointed rate.
import { task, workflow } from "windmill-client";

type Price = { sku: string; usd: number };

const loadRate = task(async (currency: string) => {
  const res = await fetch(`https://fx.example.com/latest?base=USD&symbols=${currency}`);
  const { rates } = (await res.json()) as { rates: Record<string, number> };
  return { currency, rate: rates[currency] };
});

const publishPrices = task(async (currency: string, prices: { sku: string; amount: number }[]) => {
  await fetch(`https://shop.example.com/prices/${currency}`, {
    method: "PUT",
    body: JSON.stringify(prices),
  });
  return prices.length;
});

const convert = (usd: number, rate: number) => Math.round(usd * rate * 100) / 100;

export const main = workflow(async (currency: string, prices: Price[]) => {
  const fx = await loadRate(currency);
  const local = prices.map((p) => ({ sku: p.sku, amount: convert(p.usd, fx.rate) }));
  return await publishPrices(currency, local);
});
