// SDK: windmill-client 1.818.0 replays the body each round; a helper the body calls runs undici.request there
import { task, workflow } from "windmill-client";
import { request } from "undici";

async function currentFxRate(base: string, quote: string): Promise<number> {
  const { body } = await request(`https://fx.internal/rates/${base}/${quote}`);
  return ((await body.json()) as { rate: number }).rate;
}

const settleInvoice = task(async (invoiceId: string, amount: number, currency: string) => {
  const res = await fetch(`https://billing.internal/invoices/${invoiceId}/settle`, {
    method: "POST",
    body: JSON.stringify({ amount, currency }),
  });
  return res.ok;
});

export const main = workflow(async (invoiceId: string, amountUsd: number, currency: string) => {
  const rate = currency === "USD" ? 1 : await currentFxRate("USD", currency); // expect: WAC101
  const amount = Math.round(amountUsd * rate * 100) / 100;
  return { settled: await settleInvoice(invoiceId, amount, currency), amount };
});
