// SDK: windmill-client 1.818.0 client.mjs: task calls started in a loop and kept in a Map are all awaited by the later loop; every dispatch is consumed.
import { task, workflow } from "windmill-client";

const quote = task(async (sku: string) => ({ sku, price: sku.length * 10 }));

export const main = workflow(async (skus: string[]) => {
  const pending = new Map<string, ReturnType<typeof quote>>();
  for (const sku of skus) pending.set(sku, quote(sku));
  const prices: { [sku: string]: number } = {};
  for (const [sku, p] of pending) prices[sku] = (await p).price;
  return prices;
});
