// SDK: windmill-client 1.818.0 client.mjs _nextStep: each task call returns a bare { then } thenable; the generator's thenables are spread into an array and returned without being awaited, so the workflow's result is a list of thenables, not the shipments.
import { task, workflow } from "windmill-client";

const ship = task(async (orderId: string) => ({ orderId, shipped: true }));

function* dispatch(orderIds: string[]) {
  for (const id of orderIds) yield ship(id);
}

export const main = workflow(async (orderIds: string[]) => {
  return [...dispatch(orderIds)]; // expect: WAC106
});
