// SDK: windmill-client 1.818.0 client.mjs step(name, fn): the function is only called inside _runInlineStep, so its clock and random reads are checkpointed.
import { step, task, workflow } from "windmill-client";

function newBatchId(): string {
  const stamp = new Date().toISOString().replace(/[-:T.Z]/g, "").slice(0, 14);
  return `${stamp}-${crypto.randomUUID().slice(0, 8)}`;
}

async function currentFxRates(): Promise<Record<string, number>> {
  const res = await fetch("https://fx.example.com/api/latest?base=USD");
  return (await res.json()).rates;
}

const settle = task(async (batchId: string, rates: Record<string, number>, invoices: string[]) => ({
  batchId,
  settled: invoices.length,
  eur: rates.EUR,
}));

export const main = workflow(async (invoices: string[]) => {
  const batchId = await step("batch_id", newBatchId);
  const rates = await step("fx_rates", currentFxRates);
  return await settle(batchId, rates, invoices);
});
