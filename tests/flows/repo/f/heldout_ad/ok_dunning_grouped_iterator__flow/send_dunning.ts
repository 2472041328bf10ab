import * as wmill from "windmill-client";

type Line = { invoice_no: string; amount_cents: number; due_on: string };

export async function main(customer: string, email: string, invoices: Line[], level: number) {
  const sendgrid = await wmill.getResource("f/billing/sendgrid");
  const total = invoices.reduce((s, l) => s + l.amount_cents, 0) / 100;
  const subject = level >= 2 ? "Final reminder: overdue invoices" : "Reminder: overdue invoices";
  const resp = await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: { Authorization: `Bearer ${sendgrid.api_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      personalizations: [{ to: [{ email }] }],
      from: { email: "billing@acme.example" },
      subject,
      content: [{ type: "text/plain", value: `${customer}: ${invoices.length} invoices, ${total.toFixed(2)} EUR overdue.` }],
    }),
  });
  return { customer, sent: resp.ok, total };
}
