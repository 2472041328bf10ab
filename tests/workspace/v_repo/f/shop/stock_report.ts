// SDK: windmill-client 1.818.0: taskScript arguments go to another script's job through JSON.stringify (a Map or Set becomes {}); waitForApproval timeout is in seconds
import { ONE_DAY_MS, countBySku, regionsOf, type OrderLine } from "/f/lib/collect.ts";
import { orderPages } from "/f/lib/feeds.ts";
import { taskScript, waitForApproval, workflow } from "/f/lib/wac.ts";

const stockSummary = taskScript("f/shop/stock_summary", { timeout: 120 });

export const main = workflow(async (feedUrl: string, seed: OrderLine[] = []) => {
  const lines: OrderLine[] = [...seed];
  for await (const page of orderPages(feedUrl)) { // expect: WAC101
    for (const item of page) {
      lines.push({ sku: item.sku, qty: Number(item.qty), region: item.region, orderId: item.order_id });
    }
  }

  const counts = countBySku(lines);
  const summary = await stockSummary({ counts, regions: regionsOf(lines) }); // expect: WAC107

  const review = await waitForApproval({ timeout: ONE_DAY_MS, description: `${summary.skus} SKUs to restock` }); // expect: WAC302
  return { summary, approved: review.approved };
});
