// SDK: windmill-client 1.818.0 client.mjs step(): the callback's result goes through JSON (encodeCheckpointPayload) before the body sees it; `Map.groupBy` returns a Map, which JSON writes as `{}`, so every region's orders are lost.
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
  const byRegion = await step("group", () => Map.groupBy(orders, (o) => o.region)); // expect: WAC107
  let settled = 0;
  for (const [region, group] of byRegion) {
    settled += await settleRegion(region, group.map((o) => o.id));
  }
  return { settled };
});
