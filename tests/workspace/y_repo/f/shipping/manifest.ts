// SDK: windmill-client 1.818.0; Windmill's TS parser reads one file: `Carrier` and `Shipment` from ../kit/types.ts become resource inputs, so the string enum in manifest.script.yaml is stale.
import { step, workflow } from "windmill-client";
import { bookPickup, weighParcel } from "../kit/tasks.ts";
import type { Carrier, Shipment } from "../kit/types.ts";

export const main = workflow(async ( // expect: WAC901
  shipment: Shipment, // expect: WAC902
  carrier: Carrier = "dhl", // expect: WAC902
  notify: boolean = true,
) => {
  const weights: number[] = [];
  for (const parcel of shipment.parcels) {
    weights.push(await weighParcel(parcel));
  }
  const pickup = await bookPickup(shipment.orderId, carrier);
  if (notify) {
    await step("notify", () => ({ orderId: shipment.orderId, pickup: pickup.pickupId }));
  }
  return { weights, pickup };
});
