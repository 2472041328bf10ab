// SDK: windmill-client 1.818.0 step(name, fn) runs fn once; `await using` disposes a local object at block end (no I/O); satisfies is type-only
import { step, task, workflow } from "windmill-client";
import { makeBillingApi } from "/f/lib/billing_api.ts";
import { emailReceipt } from "/f/lib/tasks.ts";

type Line = { sku: string; cents: number };

const priceLines = task(async function priceLines(customerId: string, skus: string[]) {
  return skus.map((sku) => ({ sku, cents: 1000 })) satisfies Line[];
});

function timer(label: string) {
  const marks: string[] = [label];
  return {
    marks,
    async [Symbol.asyncDispose]() {
      marks.length = 0;
    },
  };
}

export const main = workflow(async (customer_id: string, email: string, skus: string[], api_key: string) => {
  await using span = timer("issue");
  const api = makeBillingApi(api_key);
  const lines = await priceLines(customer_id, skus);
  const invoice = await step("create_invoice", () => api.createInvoice(customer_id, lines));
  await emailReceipt(email, invoice.id);
  return { invoice: invoice.id, ledger: api.ledgerUrl, marks: span.marks.length };
});
