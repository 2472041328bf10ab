// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; ky sends the HTTP request again each round.
import ky from "ky";
import { task, workflow } from "windmill-client";

const price = task(async (sku: string, rate: number) => ({ sku, rate }));

export const main = workflow(async (sku: string) => {
  const fx = await ky.get("https://fx.example.com/latest").json<{ EUR: number }>(); // expect: WAC101
  return await price(sku, fx.EUR);
});
