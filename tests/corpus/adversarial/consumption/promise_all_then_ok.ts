// SDK: windmill-client 1.818.0 client.mjs: Promise.all awaits both task promises, then the `.then` combines them; the chain is awaited.
import { task, workflow } from "windmill-client";

const countOrders = task(async (day: string) => 12);
const countRefunds = task(async (day: string) => 2);

export const main = workflow(async (day: string) => {
  return await Promise.all([countOrders(day), countRefunds(day)]).then(([orders, refunds]) => ({
    day,
    net: orders - refunds,
  }));
});
