// SDK: windmill-client 1.818.0 taskScript with a relative module and options; parallel with concurrency; a guard that rethrows non-task errors
import { parallel, step, task, taskScript, workflow } from "windmill-client";

const quoteSupplier = taskScript("./quote_supplier.ts", { timeout: 120 });
const placeOrder = taskScript("f/dairy/place_feed_order", { timeout: 300, tag: "purchasing" });

type Need = { farm: string; tonnes: number; feed: "silage" | "concentrate" | "hay" };

const aggregate = task(async (needs: Need[]) => {
  const byFeed: Record<string, number> = {};
  for (const n of needs) byFeed[n.feed] = (byFeed[n.feed] ?? 0) + n.tonnes;
  return byFeed;
});

function rethrowUnlessTaskError(e: unknown): void {
  if (!(e instanceof Error) || e.name !== "TaskError") throw e;
}

export const main = workflow(async (needs: Need[], suppliers: string[]) => {
  const totals = await aggregate(needs);
  const feeds = Object.keys(totals).sort();
  const quotes = await parallel(
    suppliers,
    (supplier: string) => quoteSupplier({ supplier, totals }),
    { concurrency: 3 },
  );
  const best = [...quotes].sort((a: { price: number }, b: { price: number }) => a.price - b.price)[0];
  let order: unknown = null;
  try {
    order = await placeOrder({ supplier: best.supplier, totals });
  } catch (e) {
    rethrowUnlessTaskError(e);
    order = { failed: true };
  }
  const orderedOn = await step("ordered_on", () => new Date().toISOString().slice(0, 10));
  return { feeds, best, order, orderedOn };
});
