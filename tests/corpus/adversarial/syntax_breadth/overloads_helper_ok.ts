// SDK: windmill-client 1.818.0 client.mjs: overloaded pure helpers in the body only format inputs and task results.
import { task, workflow } from "windmill-client";

function money(cents: number): string;
function money(cents: number, currency: string): string;
function money(cents: number, currency = "USD"): string {
  return `${currency} ${(cents / 100).toFixed(2)}`;
}

function pick<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}

const priceQuote = task(async (sku: string, qty: number) => ({ sku, qty, cents: qty * 499, warehouse: "A" }));

export const main = workflow(async (sku: string, qty = 1, currency = "EUR") => {
  const quote = await priceQuote(sku, qty);
  return { ...pick(quote, "sku", "qty"), total: money(quote.cents, currency) };
});
