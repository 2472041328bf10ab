import nodemailer from "nodemailer";

type Smtp = { host: string; port: number; user: string; password: string };

export async function main(smtp: Smtp, to: string, invoice_number: string, amount_cents: number) {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    auth: { user: smtp.user, pass: smtp.password },
  });
  const amount = (amount_cents / 100).toFixed(2);
  await transport.sendMail({
    from: "billing@acme.io",
    to,
    subject: `Reminder: invoice ${invoice_number} is overdue`,
    text: `Invoice ${invoice_number} (${amount} EUR) is past due. Please pay at your earliest convenience.`,
  });
  return { sent: true, invoice_number };
}
