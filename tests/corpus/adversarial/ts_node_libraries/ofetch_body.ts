// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; ofetch in the body reads the price list again each replay, so the branch can change between rounds.
import { ofetch } from "ofetch";
import { task, workflow } from "windmill-client";

const charge = task(async (sku: string, cents: number) => ({ sku, cents, charged: true }));

export const main = workflow(async (sku: string) => {
  const prices = await ofetch<Record<string, number>>("https://pricing.example.com/list"); // expect: WAC101
  return await charge(sku, prices[sku] ?? 0);
});
