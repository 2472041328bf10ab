// SDK: windmill-client 1.818.0 task()/step() (client.mjs: a task is a child job, step checkpoints fn's result); Bun 1.2 `s3` from "bun": file(key).write uploads, presign signs with the current time
import { s3 } from "bun";
import { task, step, workflow } from "windmill-client";

type Invoice = { id: string; customer: string; total_cents: number; lines: { sku: string; qty: number }[] };

const loadInvoice = task(async function loadInvoice(invoiceId: string): Promise<Invoice> {
  const res = await fetch(`https://billing.internal/api/invoices/${invoiceId}`);
  if (!res.ok) throw new Error(`billing returned ${res.status}`);
  return (await res.json()) as Invoice;
});

const emailCustomer = task(async function emailCustomer(customer: string, link: string) {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: customer, template: "invoice_archived", link }),
  });
  return { sent: true };
});

function archiveKey(inv: Invoice): string {
  return `archive/${inv.customer}/${inv.id}.json`;
}

export const main = workflow(async (invoiceId: string) => {
  const invoice = await loadInvoice(invoiceId);
  const key = archiveKey(invoice);

  // keep a copy in the archive bucket before we tell the customer
  await s3.file(key).write(JSON.stringify(invoice), { type: "application/json" }); // expect: WAC101
  const link = s3.file(key).presign({ expiresIn: 7 * 24 * 3600 }); // expect: WAC102

  const summary = await step("summary", () => ({
    lines: invoice.lines.length,
    total: (invoice.total_cents / 100).toFixed(2),
  }));
  await emailCustomer(invoice.customer, link);
  return { key, ...summary };
});
