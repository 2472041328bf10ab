// SDK: windmill-client 1.818.0 the workflow body is replayed after each task: a fetch made by a method of an imported client runs again each round
import { task, workflow } from "windmill-client";
import { makeBillingApi } from "/f/lib/billing_api.ts";
import { emailReceipt } from "/f/lib/tasks.ts";

type Line = { sku: string; cents: number };

const priceLines = task(async function priceLines(customerId: string, skus: string[]) {
  return skus.map((sku) => ({ sku, cents: 1000 })) satisfies Line[];
});

export const main = workflow(async (customer_id: string, email: string, skus: string[], api_key: string) => {
  const api = makeBillingApi(api_key);
  const lines = await priceLines(customer_id, skus);
  const invoice = await api.createInvoice(customer_id, lines); // expect: WAC101
  await emailReceipt(email, invoice.id);
  return { invoice: invoice.id, ledger: api.ledgerUrl };
});
