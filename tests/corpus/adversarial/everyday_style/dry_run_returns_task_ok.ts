// SDK: windmill-client 1.818.0 client.mjs workflow(): the body is an async function, so `return fetchQuote(sku)` adopts the task's thenable and the run returns its result.
import { task, workflow } from "windmill-client";

const fetchQuote = task(async (sku: string) => ({ sku, price: 12.5 }));
const reserveStock = task(async (sku: string, qty: number) => ({ sku, reserved: qty }));

export const main = workflow(async (sku: string, qty = 1, dryRun = false) => {
  if (dryRun) {
    return fetchQuote(sku);
  }
  const quote = await fetchQuote(sku);
  if (quote.price <= 0) return { error: "no price" };
  const reservation = await reserveStock(sku, qty);
  return { quote, reservation };
});
