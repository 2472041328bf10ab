// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; awaiting an object with a `then` method calls it, and this one downloads the price list on each replay.
import { task, workflow } from "windmill-client";

const priceList = {
  then(resolve: (v: Record<string, number>) => void, reject: (e: unknown) => void) {
    fetch("https://prices.example.com/list.json").then((r) => r.json()).then(resolve, reject);
  },
};

const quote = task(async (sku: string, price: number) => ({ sku, price }));

export const main = workflow(async (sku: string) => {
  const prices = await priceList; // expect: WAC101
  return await quote(sku, prices[sku] ?? 0);
});
