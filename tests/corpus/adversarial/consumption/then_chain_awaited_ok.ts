// SDK: windmill-client 1.818.0 client.mjs: a task call returns a PromiseLike; `.then` chains on it and the chain is awaited, so the result and any failure reach the body.
import { task, workflow } from "windmill-client";

const listOrders = task(async (customerId: string) => [{ id: "o1", customerId, cents: 1200 }]);

export const main = workflow(async (customerId: string) => {
  const total = await listOrders(customerId).then((orders) => orders.reduce((sum, o) => sum + o.cents, 0));
  return { customerId, total };
});
