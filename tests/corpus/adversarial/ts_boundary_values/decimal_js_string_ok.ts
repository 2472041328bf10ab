// SDK: windmill-client 1.818.0 client.mjs task(): the task returns the Decimal's string form (what JSON would keep) and the body rebuilds a Decimal from it.
import Decimal from "decimal.js";
import { task, workflow } from "windmill-client";

type Line = { sku: string; unitPrice: string; qty: number };

const sumLines = task(async (lines: Line[]): Promise<string> => {
  let total = new Decimal(0);
  for (const l of lines) total = total.plus(new Decimal(l.unitPrice).times(l.qty));
  return total.toString();
});

const chargeInvoice = task(async (invoiceId: string, amount: string) => {
  await fetch(`https://billing.example.com/invoices/${invoiceId}/charge`, {
    method: "POST",
    body: JSON.stringify({ amount }),
  });
  return amount;
});

export const main = workflow(async (invoiceId: string, lines: Line[], taxRate: string) => {
  const subtotal = new Decimal(await sumLines(lines));
  const total = subtotal.plus(subtotal.times(taxRate)).toFixed(2);
  return await chargeInvoice(invoiceId, total);
});
