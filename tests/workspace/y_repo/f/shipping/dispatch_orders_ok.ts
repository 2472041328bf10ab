// SDK: windmill-client 1.818.0 StepSuspend.name is "StepSuspend": guardedStrict rethrows it, logged rethrows everything.
import { workflow } from "windmill-client";
import { bookPickup, guardedStrict, logged } from "../kit/index.ts";

export const main = workflow(async (orderIds: string[], carrier: "dhl" | "ups" | "gls" = "dhl") => {
  const booked: string[] = [];
  for (const orderId of orderIds) {
    const pickup = await guardedStrict(bookPickup, orderId, carrier);
    if (pickup) booked.push(pickup.pickupId);
  }
  const first = orderIds.length ? await logged(bookPickup, orderIds[0]) : null;
  return { booked, first };
});
