// SDK: windmill-client 1.818.0 client.mjs: jsonpath's query walks an object in memory; the same input gives the same skus on every replay.
import jp from "jsonpath";
import { task, workflow } from "windmill-client";

const reserve = task(async (sku: string) => ({ sku, reserved: true }));

export const main = workflow(async (order: { items: { sku: string }[] }) => {
  const skus = jp.query(order, "$..items[*].sku") as string[];
  const out = [];
  for (const sku of skus) out.push(await reserve(sku));
  return out;
});
