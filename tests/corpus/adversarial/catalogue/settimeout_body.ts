// SDK: windmill-client 1.818.0 client.mjs sleep() suspends durably; a setTimeout delay in the workflow body holds the worker and waits again each round.
import { task, workflow } from "windmill-client";

const refundOrder = task(async (orderId: string) => ({ orderId, refunded: true }));

export const main = workflow(async (orderIds: string[]) => {
  const results = [];
  for (const id of orderIds) {
    results.push(await refundOrder(id));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // expect: WAC101
  }
  return results;
});
