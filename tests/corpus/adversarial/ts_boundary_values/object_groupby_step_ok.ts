// SDK: windmill-client 1.818.0 client.mjs step(): `Object.groupBy` returns a plain (null-prototype) object of arrays, which JSON keeps; its keys keep insertion order, so the dispatch order is the same each replay.
import { step, task, workflow } from "windmill-client";

type Order = { id: string; region: "eu" | "us" | "apac"; cents: number };

const settleRegion = task(async (region: string, orderIds: string[]) => {
  await fetch(`https://settlement.example.com/${region}/batches`, {
    method: "POST",
    body: JSON.stringify({ orderIds }),
  });
  return orderIds.length;
});

export const main = workflow(async (orders: Order[]) => {
  const byRegion = await step("group", () => Object.groupBy(orders, (o) => o.region));
  let settled = 0;
  for (const [region, group] of Object.entries(byRegion)) {
    settled += await settleRegion(region, (group ?? []).map((o) => o.id));
  }
  return { settled };
});
