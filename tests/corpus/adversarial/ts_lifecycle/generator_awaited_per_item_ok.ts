// SDK: windmill-client 1.818.0 client.mjs: a sync generator hands out one task thenable at a time and the body awaits each before asking for the next, so the keys are allocated in input order.
import { task, workflow } from "windmill-client";

const ship = task(async (orderId: string) => ({ orderId, shipped: true }));

function* dispatch(orderIds: string[]) {
  for (const id of orderIds) yield ship(id);
}

export const main = workflow(async (orderIds: string[]) => {
  const shipped = [];
  for (const pending of dispatch(orderIds)) shipped.push(await pending);
  return shipped;
});
