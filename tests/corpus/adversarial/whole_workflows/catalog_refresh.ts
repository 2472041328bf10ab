// SDK: windmill-client 1.818.0 client.mjs: task() returns a wrapper whose call starts the dispatch; `items.forEach(async ...)` returns nothing to await, so the body goes on (and completes) without those steps.
import { step, task, taskScript, workflow } from "windmill-client";

type Product = { sku: string; title: string; priceCents: number; imageUrl?: string };

const PAGE_SIZE = 100;

const fetchPage = task(async (page: number) => {
  const res = await fetch(`https://pim.internal/api/products?page=${page}&size=${PAGE_SIZE}`);
  const body = (await res.json()) as { items: Product[]; hasMore: boolean };
  return body;
});

const resizeImage = taskScript("f/media/resize_image", { timeout: 120 });

const indexProducts = task(async (products: Product[]) => {
  const res = await fetch("https://search.internal/indexes/products/documents", {
    method: "POST",
    body: JSON.stringify(products.map((p) => ({ id: p.sku, ...p }))),
  });
  return res.ok ? products.length : 0;
});

export const main = workflow(async (maxPages: number = 20) => {
  const all: Product[] = [];
  for (let page = 0; page < maxPages; page++) {
    const { items, hasMore } = await fetchPage(page);
    all.push(...items);
    if (!hasMore) break;
  }

  all.filter((p) => p.imageUrl).forEach(async (p) => { // expect: WAC106
    await resizeImage({ url: p.imageUrl, sku: p.sku });
  });

  const indexed = await indexProducts(all);
  const summary = await step("summary", () => ({ products: all.length, indexed }));
  return summary;
});
