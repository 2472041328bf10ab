// SDK: windmill-client 1.818.0 task()/step() (client.mjs: step checkpoints fn's result as JSON); Bun 1.2 `s3.file(key)` only builds a lazy S3File reference, I/O happens on write/presign
import { s3 } from "bun";
import { task, step, workflow } from "windmill-client";

type Invoice = { id: string; customer: string; total_cents: number };

const loadInvoice = task(async function loadInvoice(invoiceId: string): Promise<Invoice> {
  const res = await fetch(`https://billing.internal/api/invoices/${invoiceId}`);
  if (!res.ok) throw new Error(`billing returned ${res.status}`);
  return (await res.json()) as Invoice;
});

const archive = task(async function archive(key: string, body: string) {
  const file = s3.file(key);
  await file.write(body, { type: "application/json" });
  return { bytes: body.length };
});

const emailCustomer = task(async function emailCustomer(customer: string, link: string) {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: customer, template: "invoice_archived", link }),
  });
  return { sent: true };
});

export const main = workflow(async (invoiceId: string) => {
  const invoice = await loadInvoice(invoiceId);
  const key = `archive/${invoice.customer}/${invoice.id}.json`;
  const archived = await archive(key, JSON.stringify(invoice));

  // the signature embeds the signing time: take it once, in a step
  const link = await step("presign", () => s3.file(key).presign({ expiresIn: 7 * 24 * 3600 }));
  await emailCustomer(invoice.customer, link);
  return { key, bytes: archived.bytes };
});
