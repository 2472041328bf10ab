// SDK: windmill-client 1.818.0 a task body runs in its own job; Promise.allSettled there only sees fetch promises. The task's result is JSON: rejection reasons are turned into strings first
// Freight quotes: best effort happens inside one task, the workflow only sees plain quotes.
import { task, workflow } from "windmill-client";

type Shipment = { from: string; to: string; weightKg: number };
type Quote = { carrier: string; priceCents: number; days: number };

const CARRIERS: Record<string, string> = {
  dhl: "https://api.dhl.example.com/rates",
  ups: "https://api.ups.example.com/rating",
  fedex: "https://api.fedex.example.com/quotes",
};

const collectQuotes = task(async (s: Shipment) => {
  const entries = Object.entries(CARRIERS);
  const settled = await Promise.allSettled(
    entries.map(async ([carrier, url]) => {
      const r = await fetch(url, { method: "POST", body: JSON.stringify(s) });
      if (!r.ok) throw new Error(`${carrier}: HTTP ${r.status}`);
      const j = await r.json();
      return { carrier, priceCents: Number(j.price_cents), days: Number(j.days) } satisfies Quote;
    }),
  );
  return {
    quotes: settled.flatMap((x) => (x.status === "fulfilled" ? [x.value] : [])),
    errors: settled.flatMap((x) => (x.status === "rejected" ? [String(x.reason)] : [])),
  };
});

const bookCarrier = task(async (carrier: string, s: Shipment) => {
  const r = await fetch(`https://booking.example.com/${carrier}`, { method: "POST", body: JSON.stringify(s) });
  return (await r.json()) as { bookingId: string };
});

export const main = workflow(async (shipment: Shipment, maxDays: number = 5) => {
  const { quotes, errors } = await collectQuotes(shipment);
  const eligible = quotes.filter((q) => q.days <= maxDays).sort((a, b) => a.priceCents - b.priceCents);
  if (eligible.length === 0) return { booked: false, errors };
  const booking = await bookCarrier(eligible[0].carrier, shipment);
  return { booked: true, carrier: eligible[0].carrier, bookingId: booking.bookingId, errors };
});
