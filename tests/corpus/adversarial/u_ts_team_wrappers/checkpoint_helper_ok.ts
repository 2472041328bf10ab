// SDK: windmill-client 1.818.0 step(name, fn) (client.mjs _allocKey: repeated literal names get `name_2`, `name_3` in body order, stable across replays)
import { step, task, workflow } from "windmill-client";

/** Team convention: every checkpoint goes through here so we log it the same way. */
function checkpoint<T>(label: string, fn: () => T | Promise<T>): Promise<T> {
  console.log(`[checkpoint] ${label}`);
  return step(label, fn);
}

type Page = { items: { sku: string; stock: number }[]; next: string | null };

const pushStock = task(async function pushStock(items: { sku: string; stock: number }[]) {
  await fetch("https://shop.internal/stock/bulk", { method: "PUT", body: JSON.stringify(items) });
  return items.length;
});

export const main = workflow(async (warehouse: string) => {
  let cursor: string | null = "";
  let pages = 0;
  let pushed = 0;
  while (cursor !== null) {
    const after: string = cursor;
    const current: Page = await checkpoint("stock_page", async () => {
      const res = await fetch(`https://wms.internal/${warehouse}/stock?cursor=${after}`);
      return (await res.json()) as Page;
    });
    pushed += await pushStock(current.items);
    cursor = current.next;
    pages += 1;
  }
  return { warehouse, pages, pushed };
});
