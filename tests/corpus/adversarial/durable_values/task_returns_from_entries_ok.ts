// SDK: windmill-client 1.818.0 client.mjs: Object.fromEntries turns the Map into a plain object that survives JSON; the Map lives only in the task.
import { task, workflow } from "windmill-client";

const countByStatus = task(async (orders: { status: string }[]) => {
  const counts = new Map<string, number>();
  for (const o of orders) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  return Object.fromEntries(counts);
});

const report = task(async (counts: Record<string, number>) => ({ total: Object.values(counts).reduce((a, b) => a + b, 0) }));

export const main = workflow(async (orders: { status: string }[]) => {
  const counts = await countByStatus(orders);
  const seen = new Set(Object.keys(counts));
  return await report(seen.has("paid") ? counts : {});
});
