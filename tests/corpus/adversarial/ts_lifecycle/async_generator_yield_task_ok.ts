// SDK: windmill-client 1.818.0 client.mjs: `yield` in an async generator awaits a thenable before handing it out, and `for await` takes each shipment in order; every task is awaited with a stable key.
import { task, workflow } from "windmill-client";

const ship = task(async (orderId: string) => ({ orderId, shipped: true }));

async function* shipments(orderIds: string[]) {
  for (const id of orderIds) yield ship(id);
}

export const main = workflow(async (orderIds: string[]) => {
  const shipped = [];
  for await (const s of shipments(orderIds)) shipped.push(s);
  return shipped;
});
