// SDK: windmill-client 1.818.0: Maps and Sets converted to plain JSON before crossing to another script's job; a task of the file gets the replay's own objects
import { ONE_DAY_S, countBySku, regionsOf, type OrderLine } from "/f/lib/collect.ts";
import { batches, orderPages } from "/f/lib/feeds.ts";
import { summarizeStock } from "/f/lib/tasks.ts";
import { step, task, taskScript, waitForApproval, workflow } from "/f/lib/wac.ts";

const stockSummary = taskScript("f/shop/stock_summary", { timeout: 120 });

const pullFeed = task(async function pullFeed(feedUrl: string): Promise<OrderLine[]> {
  const out: OrderLine[] = [];
  for await (const page of orderPages(feedUrl)) {
    for (const item of page) out.push({ sku: item.sku, qty: Number(item.qty), region: item.region, orderId: item.order_id });
  }
  return out;
});

export const main = workflow(async (feeds: string[]) => {
  const pulled = await Promise.all(feeds.map((url) => pullFeed(url)));
  const lines = pulled.flat();
  const failed = pulled.filter((p) => p.length === 0).length;

  const summaries = [];
  for (const chunk of batches(lines, 1000)) {
    summaries.push(await stockSummary({ counts: Object.fromEntries(countBySku(chunk)), regions: [...regionsOf(chunk)] }));
    await summarizeStock(Object.fromEntries(countBySku(chunk)), [...regionsOf(chunk)]);
  }
  const total = await step("total", () => summaries.reduce((n, s) => n + s.skus, 0));

  const review = await waitForApproval({ timeout: ONE_DAY_S, description: `${total} SKUs, ${failed} feeds empty` });
  return { total, approved: review.approved };
});
