// SDK: windmill-client 1.818.0 client.mjs task(): the task result is JSON-decoded before the body sees it; the zod schema coerces `shippedAt` to a Date, which arrives as an ISO string, so `shipment.shippedAt.getTime()` throws TypeError.
import { z } from "zod";
import { task, workflow } from "windmill-client";

const Shipment = z.object({
  id: z.string(),
  carrier: z.string(),
  shippedAt: z.coerce.date(),
});

const loadShipment = task(async (shipmentId: string) => {
  const res = await fetch(`https://logistics.example.com/shipments/${shipmentId}`);
  return Shipment.parse(await res.json()); // expect: WAC107
});

const escalate = task(async (shipmentId: string, carrier: string, hours: number) => {
  await fetch("https://support.example.com/escalations", {
    method: "POST",
    body: JSON.stringify({ shipmentId, carrier, hours }),
  });
  return true;
});

export const main = workflow(async (shipmentId: string, asOf: string, slaHours: number = 48) => {
  const shipment = await loadShipment(shipmentId);
  const hours = (Date.parse(asOf) - shipment.shippedAt.getTime()) / 3_600_000;
  if (hours > slaHours) await escalate(shipment.id, shipment.carrier, Math.round(hours));
  return { shipmentId, hours: Math.round(hours) };
});
