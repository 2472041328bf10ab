// SDK: windmill-client 1.818.0 client.mjs: a memoized pure formatter in the body is fine; the memoized fetcher is only called inside a task.
import { memoize, kebabCase } from "lodash-es";
import { task, workflow } from "windmill-client";

const slugFor = memoize((title: string) => kebabCase(title.normalize("NFKD")));

const rateFor = memoize(async (currency: string): Promise<number> => {
  const r = await fetch(`https://api.exchangerate.host/latest?base=USD&symbols=${currency}`);
  return ((await r.json()) as { rates: Record<string, number> }).rates[currency];
});

const priceListing = task(async (slug: string, amountUsd: number, currency: string) => {
  const rate = await rateFor(currency);
  return { slug, price: Math.round(amountUsd * rate * 100) / 100, currency };
});

export const main = workflow(async (titles: string[], amountUsd: number, currency: string = "EUR") => {
  const out = [];
  for (const t of titles) out.push(await priceListing(slugFor(t), amountUsd, currency));
  return out;
});
