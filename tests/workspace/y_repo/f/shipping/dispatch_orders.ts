// SDK: windmill-client 1.818.0 StepSuspend is an Error named "StepSuspend": guarded() swallows it, guardedLegacy() checks another name; withDock()'s task in `finally` only rethrows the parked suspension (_rethrowSwallowed).
import { step, workflow } from "windmill-client";
import { bookPickup, guarded, guardedLegacy } from "../kit/index.ts";
import { timedDock, withDock } from "/f/kit/guard.ts";

export const main = workflow(async (dock: string, orderIds: string[], expressIds: string[] = []) => {
  const booked: string[] = [];
  for (const orderId of orderIds) {
    const pickup = await guarded(bookPickup, orderId); // expect: WAC202
    if (pickup) booked.push(pickup.pickupId);
  }
  for (const orderId of expressIds) {
    const pickup = await guardedLegacy(bookPickup, orderId, "ups"); // expect: WAC202
    if (pickup) booked.push(pickup.pickupId);
  }
  const docked = await withDock(dock, () => bookPickup(orderIds[0]));
  const timed = await timedDock(dock, () => bookPickup(orderIds[orderIds.length - 1]));
  const summary = await step("summary", () => ({ booked: booked.length }));
  return { booked, docked, timed, summary };
});
