// SDK: windmill-client 1.818.0 index.js: the body re-runs after each task; `Intl.DateTimeFormat` with an explicit locale and time zone formatting the workflow's own `placedAt` input gives the same string every round (no clock, no worker locale)
import { task, waitForApproval, workflow } from "windmill-client";

const fmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" });
const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

const issueInvoice = task(async function issueInvoice(commissionId: string, issuedOn: string, totalPence: number) {
  const r = await fetch("https://books.emberglass.example/api/invoices", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ commissionId, issuedOn, totalPence }),
  });
  return (await r.json()) as { invoiceId: string };
});

const emailReceipt = task(async function emailReceipt(email: string, invoiceId: string, issuedOn: string, total: string) {
  await fetch("https://mail.emberglass.example/api/send", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to: email, template: "receipt", vars: { invoiceId, issuedOn, total } }),
  });
  return { sent: true };
});

export const main = workflow(async (commissionId: string, email: string, totalPence: number, placedAt: string) => {
  const issuedOn = fmt.format(new Date(placedAt));
  const total = gbp.format(totalPence / 100);
  const invoice = await issueInvoice(commissionId, issuedOn, totalPence);
  await waitForApproval({ key: "studio_signoff", timeout: 86400 });
  await emailReceipt(email, invoice.invoiceId, issuedOn, total);
  return { invoiceId: invoice.invoiceId, issuedOn, total };
});
