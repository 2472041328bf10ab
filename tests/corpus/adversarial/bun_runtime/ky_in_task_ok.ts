// SDK: windmill-client 1.818.0 client.mjs: the task runs once in its own job and its result is checkpointed.
import ky from "ky";
import { task, workflow } from "windmill-client";

const latestRate = task(async () => (await ky.get("https://fx.example.com/latest").json<{ EUR: number }>()).EUR);
const price = task(async (sku: string, rate: number) => ({ sku, rate }));

export const main = workflow(async (sku: string) => {
  const rate = await latestRate();
  return await price(sku, rate);
});
