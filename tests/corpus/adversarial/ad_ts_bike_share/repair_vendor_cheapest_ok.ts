// SDK: windmill-client 1.818.0 client.mjs: `Promise.all` over the three quote tasks returns them in call order on every replay; the choice is a total order over the checkpointed quotes (price, then vendor name)
import { task, workflow } from "windmill-client";
import _ from "lodash";

type Quote = { vendor: string; priceCents: number; etaHours: number; ok: boolean };

const VENDORS = ["wheelworks", "spokefix", "cyclemedic"] as const;

const requestQuote = task(async (vendor: string, bikeIds: string[]): Promise<Quote> => {
  const r = await fetch(`https://${vendor}.repairs.example/api/quotes`, {
    method: "POST",
    body: JSON.stringify({ bikes: bikeIds, service: "full-overhaul" }),
  });
  if (!r.ok) return { vendor, priceCents: 0, etaHours: 0, ok: false };
  return { ...((await r.json()) as Omit<Quote, "ok">), ok: true };
});

const bookRepair = task(async (quote: Quote, bikeIds: string[]) => {
  const r = await fetch(`https://${quote.vendor}.repairs.example/api/bookings`, {
    method: "POST",
    body: JSON.stringify({ bikes: bikeIds, priceCents: quote.priceCents }),
  });
  return (await r.json()).bookingId as string;
});

export const main = workflow(async (bikeIds: string[], maxEtaHours = 72) => {
  const quotes = await Promise.all(VENDORS.map((v) => requestQuote(v, bikeIds)));
  const usable = quotes.filter((q) => q.ok && q.etaHours <= maxEtaHours);
  const best = _.orderBy(usable, ["priceCents", "vendor"], ["asc", "asc"])[0];
  if (!best) return { vendor: null, bookingId: null };
  const bookingId = await bookRepair(best, bikeIds);
  return { vendor: best.vendor, bookingId };
});
