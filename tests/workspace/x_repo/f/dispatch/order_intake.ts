// SDK: windmill-client 1.818.0; Order is imported, so Windmill reads `order` as format resource-order (oracle)
import { step, workflow } from "windmill-client";
import type { Order } from "/f/kit/index.ts";
import { dayOf, dispatchTruck, weighOrder } from "/f/kit/index.ts";

export const main = workflow(async (order: Order, truckId: string) => { // expect: WAC902
  const weight = await weighOrder(order.orderId, order.depot);
  if (weight > 7500) {
    return { accepted: false, reason: "overweight", weight };
  }
  const day = dayOf(await step("received_at", () => new Date().toISOString()));
  const job = await dispatchTruck(truckId, order.depot);
  return { accepted: true, job, day };
});
