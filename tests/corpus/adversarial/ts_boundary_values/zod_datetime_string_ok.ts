// SDK: windmill-client 1.818.0 client.mjs task(): the zod schema keeps `shippedAt` a validated ISO string (`z.string().datetime()`), which JSON carries; the body parses it.
import { z } from "zod";
import { task, workflow } from "windmill-client";

const Shipment = z.object({
  id: z.string(),
  carrier: z.string(),
  shippedAt: z.string().datetime(),
});

const loadShipment = task(async (shipmentId: string) => {
  const res = await fetch(`https://logistics.example.com/shipments/${shipmentId}`);
  return Shipment.parse(await res.json());
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
  const hours = (Date.parse(asOf) - Date.parse(shipment.shippedAt)) / 3_600_000;
  if (hours > slaHours) await escalate(shipment.id, shipment.carrier, Math.round(hours));
  return { shipmentId, hours: Math.round(hours) };
});
