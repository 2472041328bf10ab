// SDK: client.mjs 1.818.0 task wrapper calls _nextStep (key allocated at the call); inside `parallel`'s callback the task is called only after the awaited step resolves, so in the round that runs the quote steps the booking keys follow which carrier API answered first
import { parallel, step, task, workflow } from "windmill-client";

type Shipment = { orderId: string; weightKg: number; destination: string };
type Quote = { carrier: string; priceCents: number; quoteId: string };

async function cheapestQuote(s: Shipment, apiKey: string): Promise<Quote> {
  const res = await fetch("https://api.shipengine.com/v1/rates/estimate", {
    method: "POST",
    headers: { "API-Key": apiKey, "Content-Type": "application/json" },
    body: JSON.stringify({
      to_country_code: s.destination,
      weight: { value: s.weightKg, unit: "kilogram" },
    }),
  });
  const rates = (await res.json()) as Array<{ carrier_id: string; shipping_amount: { amount: number }; rate_id: string }>;
  rates.sort((a, b) => a.shipping_amount.amount - b.shipping_amount.amount);
  const best = rates[0];
  return { carrier: best.carrier_id, priceCents: Math.round(best.shipping_amount.amount * 100), quoteId: best.rate_id };
}

const bookLabel = task(async function bookLabel(orderId: string, quoteId: string, apiKey: string) {
  const res = await fetch(`https://api.shipengine.com/v1/labels/rates/${quoteId}`, {
    method: "POST",
    headers: { "API-Key": apiKey },
  });
  const label = (await res.json()) as { label_id: string; tracking_number: string };
  return { orderId, labelId: label.label_id, tracking: label.tracking_number };
});

export const main = workflow(async (shipments: Shipment[], shipengine_key: string) => {
  const labels = await parallel(
    shipments,
    async (s) => {
      const quote = await step("quote", () => cheapestQuote(s, shipengine_key));
      return bookLabel(s.orderId, quote.quoteId, shipengine_key); // expect: WAC105
    },
    { concurrency: 4 },
  );
  return { booked: labels.length, labels };
});
