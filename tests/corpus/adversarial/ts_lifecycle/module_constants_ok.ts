// SDK: windmill-client 1.818.0 client.mjs: every round loads the module again; frozen tables, a RegExp and an Intl formatter with an explicit locale and zone build the same values each time.
import { task, workflow } from "windmill-client";

const FEES = Object.freeze({ card: 0.029, sepa: 0.008 });
const SKU = /^[A-Z]{3}-\d{4}$/;
const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

const charge = task(async (sku: string, amount: number) => ({ sku, amount }));

export const main = workflow(async (sku: string, amount: number, method: "card" | "sepa") => {
  if (!SKU.test(sku)) throw new Error(`bad sku ${sku}`);
  const total = amount * (1 + FEES[method]);
  console.log(`charging ${money.format(total)}`);
  return await charge(sku, total);
});
