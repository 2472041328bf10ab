// SDK: windmill-client 1.818.0 client.mjs step(): only the callback handed to step() is checkpointed; the same helper called directly runs every round.
import { step, task, workflow } from "windmill-client";

async function currentFxRates(): Promise<Record<string, number>> {
  const res = await fetch("https://fx.example.com/api/latest?base=USD");
  return (await res.json()).rates;
}

const settle = task(async (invoices: string[], eur: number) => ({ settled: invoices.length, eur }));

export const main = workflow(async (invoices: string[]) => {
  const rates = await step("fx_rates", currentFxRates);
  const fresh = await currentFxRates(); // expect: WAC101
  const eur = rates.EUR ?? fresh.EUR;
  return await settle(invoices, eur);
});
