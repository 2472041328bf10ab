// SDK: windmill-client 1.818.0 client.mjs: the body re-runs from the top every round; Temporal.Now reads the clock of the round that happens to be running
import { task, step, sleep, workflow } from "windmill-client";

interface Shipment {
  shipmentId: string;
  hospital: string;
  units: string[];
  priority: "routine" | "urgent" | "massive_transfusion";
}

const bookCourier = task(async (shipmentId: string, hospital: string, rush: boolean) => {
  const r = await fetch("https://couriers.medlogix.example/bookings", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ shipmentId, hospital, service: rush ? "blue-light" : "standard" }),
  });
  return (await r.json()) as { bookingId: string; etaMinutes: number };
});

const confirmDelivery = task(async (bookingId: string) => {
  const r = await fetch(`https://couriers.medlogix.example/bookings/${bookingId}`);
  return (await r.json()) as { delivered: boolean; signedBy?: string };
});

const closeShipment = task(async (shipmentId: string, signedBy: string) => {
  await fetch(`https://api.hemolink.example/v2/shipments/${shipmentId}/close`, {
    method: "POST",
    body: JSON.stringify({ signedBy }),
  });
  return { closed: true };
});

export const main = workflow(async (s: Shipment) => {
  const hour = Temporal.Now.plainDateTimeISO("Europe/London").hour; // expect: WAC102
  const rush = s.priority !== "routine" || hour >= 20 || hour < 6;

  const booking = await bookCourier(s.shipmentId, s.hospital, rush);
  await sleep(Math.max(60, booking.etaMinutes * 60));

  let status = await confirmDelivery(booking.bookingId);
  for (let i = 0; i < 6 && !status.delivered; i++) {
    await sleep(300);
    status = await confirmDelivery(booking.bookingId);
  }
  if (!status.delivered) return { shipmentId: s.shipmentId, delivered: false };

  await closeShipment(s.shipmentId, status.signedBy ?? "unknown");
  return { shipmentId: s.shipmentId, delivered: true };
});
