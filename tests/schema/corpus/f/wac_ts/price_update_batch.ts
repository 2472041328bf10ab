// Push new prices to every sales channel. Each channel is updated product by
// product with bounded concurrency; the channels themselves run side by side.
import { task, workflow, parallel } from "windmill-client";

type PriceItem = { sku: string; variant_id: string; price: string };

const updateShopifyPrice = task(async (item: PriceItem) => {
  const res = await fetch(`https://shop.example/admin/api/variants/${item.variant_id}.json`, {
    method: "PUT",
    body: JSON.stringify({ variant: { price: item.price } }),
  });
  if (!res.ok) throw new Error(`shopify ${item.sku}: ${res.status}`);
  return item.sku;
}, { timeout: 60 });

const updateAmazonPrice = task(async (item: PriceItem) => {
  const res = await fetch("https://sellingpartner.example/listings/price", { method: "POST", body: JSON.stringify({ sku: item.sku, price: item.price }) });
  if (!res.ok) throw new Error(`amazon ${item.sku}: ${res.status}`);
  return item.sku;
}, { timeout: 60 });

const loadPriceList = task(async (priceListId: string): Promise<PriceItem[]> => {
  return (await (await fetch(`https://pim.example/api/price-lists/${priceListId}`)).json()).items;
});

export const main = workflow(async (priceListId: string) => {
  const items = await loadPriceList(priceListId);
  const [shopifyDone, amazonDone] = await Promise.all([
    parallel(items, updateShopifyPrice, { concurrency: 10 }),
    parallel(items, updateAmazonPrice, { concurrency: 5 }),
  ]);
  return { shopify: shopifyDone.length, amazon: amazonDone.length };
});
