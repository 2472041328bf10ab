// SDK: windmill-client 1.818.0: a helper of the script's own module folder runs in the workflow body like any other code
import { step, task, workflow } from "windmill-client";
import { convert, latestRates } from "./fx.ts";
import { lineTotal } from "./pricing.ts";

type QuoteLine = { sku: string; unitCents: number; qty: number };

const saveQuote = task(async function saveQuote(customerId: string, totalCents: number, currency: string) {
  const res = await fetch("https://crm.internal.example.com/quotes", {
    method: "POST",
    body: JSON.stringify({ customerId, totalCents, currency }),
  });
  return (await res.json()) as { quoteId: string };
});

export const main = workflow(async (customerId: string, lines: QuoteLine[], currency: string = "EUR") => {
  const eur = lines.reduce((sum, l) => sum + lineTotal(l.unitCents, l.qty), 0);
  const rates = await latestRates(); // expect: WAC101
  const total = convert(eur, rates, currency);
  const saved = await saveQuote(customerId, total, currency);
  return await step("quote", () => ({ ...saved, total, currency }));
});
