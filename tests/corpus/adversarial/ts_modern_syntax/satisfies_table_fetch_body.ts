// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a loader from a `satisfies`-checked table called in the body fetches the rates again each replay.
import { task, workflow } from "windmill-client";

const loaders = {
  rates: async () => (await fetch("https://api.exchangerate.host/latest")).json() as Promise<Record<string, number>>,
  fixed: async () => ({ EUR: 1, USD: 1.08 }) as Record<string, number>,
} satisfies Record<string, () => Promise<Record<string, number>>>;

const convert = task(async (amount: number, rate: number) => Math.round(amount * rate * 100) / 100);

export const main = workflow(async (amount: number, currency: string) => {
  const table = await loaders.rates(); // expect: WAC101
  return await convert(amount, table[currency] ?? 1);
});
