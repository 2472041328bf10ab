// SDK: windmill-client 1.818.0 client.mjs: all three quote tasks are dispatched together; on the replay each resolves from the checkpoint, and `Promise.any` picks whichever thenable settles first in that round, not the vendor whose quote came back first, so the booking can go to another vendor than the one logged
import { task, workflow } from "windmill-client";

type Quote = { vendor: string; priceCents: number; etaHours: number };

const VENDORS = ["wheelworks", "spokefix", "cyclemedic"] as const;

const requestQuote = task(async (vendor: string, bikeIds: string[]): Promise<Quote> => {
  const r = await fetch(`https://${vendor}.repairs.example/api/quotes`, {
    method: "POST",
    body: JSON.stringify({ bikes: bikeIds, service: "full-overhaul" }),
  });
  if (!r.ok) throw new Error(`${vendor} declined`);
  return (await r.json()) as Quote;
});

const bookRepair = task(async (quote: Quote, bikeIds: string[]) => {
  const r = await fetch(`https://${quote.vendor}.repairs.example/api/bookings`, {
    method: "POST",
    body: JSON.stringify({ bikes: bikeIds, priceCents: quote.priceCents }),
  });
  return (await r.json()).bookingId as string;
});

export const main = workflow(async (bikeIds: string[]) => {
  const fastest = await Promise.any(VENDORS.map((v) => requestQuote(v, bikeIds))); // expect: WAC105
  const bookingId = await bookRepair(fastest, bikeIds);
  return { vendor: fastest.vendor, bookingId };
});
