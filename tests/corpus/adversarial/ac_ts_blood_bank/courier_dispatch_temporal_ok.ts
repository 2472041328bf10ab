// SDK: windmill-client 1.818.0 client.mjs: the hour is read once inside step() and replayed from the checkpoint; Temporal.PlainDate.from of an input is a pure parse
import { task, step, sleep, workflow } from "windmill-client";

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

export const main = workflow(async (shipmentId: string, hospital: string, priority: string, requestedFor: string) => {
  const hour = await step("local_hour", () => Temporal.Now.plainDateTimeISO("Europe/London").hour);
  const day = Temporal.PlainDate.from(requestedFor);
  const weekend = day.dayOfWeek >= 6;
  const rush = priority !== "routine" || weekend || hour >= 20 || hour < 6;

  const booking = await bookCourier(shipmentId, hospital, rush);
  await sleep(Math.max(60, booking.etaMinutes * 60));
  const status = await confirmDelivery(booking.bookingId);
  return { shipmentId, delivered: status.delivered, day: day.toString() };
});
