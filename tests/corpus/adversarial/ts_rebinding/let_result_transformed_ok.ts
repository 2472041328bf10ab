// SDK: windmill-client 1.818.0 client.mjs: a task result reassigned through pure transforms stays the checkpointed value.
import { task, workflow } from "windmill-client";

const listOrders = task(async (customer: string) => [
  { id: "o1", customer, cents: 500 },
  { id: "o2", customer, cents: 0 },
]);
const invoice = task(async (ids: string[]) => ({ ids, count: ids.length }));

export const main = workflow(async (customer: string) => {
  let orders = await listOrders(customer);
  orders = orders.filter((o) => o.cents > 0);
  orders = [...orders].sort((a, b) => a.id.localeCompare(b.id));
  return await invoice(orders.map((o) => o.id));
});
