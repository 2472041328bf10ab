// SDK: windmill-client 1.818.0 index.js: the body re-runs after each task and approval; `Intl.DateTimeFormat.prototype.format()` with no argument formats `Date.now()`, so the receipt date read in the body changes between rounds (and the second task gets a later date than the first)
import { task, waitForApproval, workflow } from "windmill-client";

const fmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" });

const issueInvoice = task(async function issueInvoice(commissionId: string, issuedOn: string, totalPence: number) {
  const r = await fetch("https://books.emberglass.example/api/invoices", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ commissionId, issuedOn, totalPence }),
  });
  return (await r.json()) as { invoiceId: string };
});

const emailReceipt = task(async function emailReceipt(email: string, invoiceId: string, issuedOn: string) {
  await fetch("https://mail.emberglass.example/api/send", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to: email, template: "receipt", vars: { invoiceId, issuedOn } }),
  });
  return { sent: true };
});

export const main = workflow(async (commissionId: string, email: string, totalPence: number) => {
  const issuedOn = fmt.format(); // expect: WAC102
  const invoice = await issueInvoice(commissionId, issuedOn, totalPence);
  await waitForApproval({ key: "studio_signoff", timeout: 86400 });
  await emailReceipt(email, invoice.invoiceId, issuedOn);
  return { invoiceId: invoice.invoiceId, issuedOn };
});
