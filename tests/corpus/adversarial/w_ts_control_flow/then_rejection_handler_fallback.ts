// SDK: windmill-client 1.818.0 Promise.all rejects with the StepSuspend a task thenable throws; then(ok, onRejected) turns it into a value
import { task, workflow } from "windmill-client";

const quoteCarrier = task(async (carrier: string, weightKg: number, zip: string) => {
  const res = await fetch(`https://rates.internal/${carrier}?kg=${weightKg}&zip=${zip}`);
  return { carrier, cents: ((await res.json()) as { cents: number }).cents };
});

const bookCheapest = task(async (carrier: string, orderId: string) => {
  const res = await fetch(`https://rates.internal/${carrier}/book`, { method: "POST", body: orderId });
  return ((await res.json()) as { label: string }).label;
});

export const main = workflow(async (orderId: string, weightKg: number, zip: string) => {
  const quotes = await Promise.all([
    quoteCarrier("ups", weightKg, zip),
    quoteCarrier("dhl", weightKg, zip),
    quoteCarrier("fedex", weightKg, zip),
  ]).then( // expect: WAC202
    (qs) => qs,
    () => [{ carrier: "ups", cents: Number.POSITIVE_INFINITY }],
  );
  const best = quotes.reduce((a, b) => (b.cents < a.cents ? b : a));
  return { label: await bookCheapest(best.carrier, orderId), carrier: best.carrier };
});
