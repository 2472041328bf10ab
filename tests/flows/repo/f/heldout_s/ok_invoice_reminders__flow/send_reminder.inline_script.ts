import nodemailer from "nodemailer";

type Smtp = { host: string; port: number; user: string; password: string };

export async function main(
  smtp: Smtp,
  invoice: { invoice_id: string; email: string; amount_due: number; currency: string; days_late: number },
  dry_run = false,
) {
  const amount = (invoice.amount_due / 100).toFixed(2);
  const text = `Invoice ${invoice.invoice_id} is ${invoice.days_late} days late (${amount} ${invoice.currency.toUpperCase()}).`;
  if (dry_run) return { invoice_id: invoice.invoice_id, skipped: true };
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    auth: { user: smtp.user, pass: smtp.password },
  });
  await transport.sendMail({ from: "billing@acme.io", to: invoice.email, subject: "Payment reminder", text });
  return { invoice_id: invoice.invoice_id, skipped: false };
}
