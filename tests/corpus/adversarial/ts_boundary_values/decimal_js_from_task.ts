// SDK: windmill-client 1.818.0 client.mjs task(): the task result is JSON-encoded; decimal.js's Decimal has a toJSON that writes its digits as a string, so `subtotal.plus(...)` in the body calls a method a string does not have (TypeError).
import Decimal from "decimal.js";
import { task, workflow } from "windmill-client";

type Line = { sku: string; unitPrice: string; qty: number };

const sumLines = task(async (lines: Line[]) => {
  let total = new Decimal(0);
  for (const l of lines) total = total.plus(new Decimal(l.unitPrice).times(l.qty));
  return total; // expect: WAC107
});

const chargeInvoice = task(async (invoiceId: string, amount: string) => {
  await fetch(`https://billing.example.com/invoices/${invoiceId}/charge`, {
    method: "POST",
    body: JSON.stringify({ amount }),
  });
  return amount;
});

export const main = workflow(async (invoiceId: string, lines: Line[], taxRate: string) => {
  const subtotal = await sumLines(lines);
  const total = subtotal.plus(subtotal.times(taxRate)).toFixed(2);
  return await chargeInvoice(invoiceId, total);
});
