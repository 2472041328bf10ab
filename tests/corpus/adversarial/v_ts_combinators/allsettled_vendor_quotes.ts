// SDK: windmill-client 1.818.0 a task call returns a bare {then}; the first then() raises StepSuspend (an Error), later ones return a never-settling promise, so Promise.allSettled records the suspension as a rejection
// Freight quotes from three carriers; the team wanted "best effort" so one failing carrier does not fail the run.
import { task, workflow } from "windmill-client";

type Shipment = { from: string; to: string; weightKg: number };
type Quote = { carrier: string; priceCents: number; days: number };

const quoteDhl = task(async (s: Shipment): Promise<Quote> => {
  const r = await fetch("https://api.dhl.example.com/rates", { method: "POST", body: JSON.stringify(s) });
  const j = await r.json();
  return { carrier: "dhl", priceCents: j.total_cents, days: j.transit_days };
});
const quoteUps = task(async (s: Shipment): Promise<Quote> => {
  const r = await fetch("https://api.ups.example.com/rating", { method: "POST", body: JSON.stringify(s) });
  const j = await r.json();
  return { carrier: "ups", priceCents: j.amount, days: j.days };
});
const quoteFedex = task(async (s: Shipment): Promise<Quote> => {
  const r = await fetch("https://api.fedex.example.com/quotes", { method: "POST", body: JSON.stringify(s) });
  const j = await r.json();
  return { carrier: "fedex", priceCents: j.price, days: j.eta_days };
});
const bookCarrier = task(async (carrier: string, s: Shipment) => {
  const r = await fetch(`https://booking.example.com/${carrier}`, { method: "POST", body: JSON.stringify(s) });
  return (await r.json()) as { bookingId: string };
});

export const main = workflow(async (shipment: Shipment, maxDays: number = 5) => {
  const settled = await Promise.allSettled([quoteDhl(shipment), quoteUps(shipment), quoteFedex(shipment)]); // expect: WAC202

  const quotes = settled
    .filter((s): s is PromiseFulfilledResult<Quote> => s.status === "fulfilled")
    .map((s) => s.value)
    .filter((q) => q.days <= maxDays)
    .sort((a, b) => a.priceCents - b.priceCents);

  if (quotes.length === 0) return { booked: false, reason: "no carrier within SLA" };
  const booking = await bookCarrier(quotes[0].carrier, shipment);
  return { booked: true, carrier: quotes[0].carrier, bookingId: booking.bookingId };
});
