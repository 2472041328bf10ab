// SDK: windmill-client 1.818.0 client.mjs: Object.groupBy keeps the input's order for its keys, so the per-region tasks get the same keys on every replay.
import { task, workflow } from "windmill-client";

type Order = { id: string; region: string };

const shipRegion = task(async (region: string, ids: string[]) => ({ region, count: ids.length }));

export const main = workflow(async (orders: Order[]) => {
  const byRegion = Object.groupBy(orders, (o) => o.region);
  const out = [];
  for (const [region, group] of Object.entries(byRegion)) {
    out.push(await shipRegion(region, (group ?? []).map((o) => o.id)));
  }
  return out;
});
