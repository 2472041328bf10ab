// SDK: windmill-client 1.818.0 client.mjs: the body replays in a fresh process; a lodash-memoized fetcher caches only within one round, so its request runs again every replay from the body.
import memoize from "lodash/memoize";
import { task, workflow } from "windmill-client";

const rateFor = memoize(async (currency: string): Promise<number> => {
  const r = await fetch(`https://api.exchangerate.host/latest?base=USD&symbols=${currency}`);
  const body = (await r.json()) as { rates: Record<string, number> };
  return body.rates[currency];
});

const invoice = task(async (customerId: string, amount: number, currency: string) => ({ customerId, amount, currency }));

export const main = workflow(async (customerId: string, amountUsd: number, currency: string) => {
  const rate = await rateFor(currency); // expect: WAC101
  return await invoice(customerId, Math.round(amountUsd * rate * 100) / 100, currency);
});
