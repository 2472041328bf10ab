// SDK: windmill-client 1.818.0 client.mjs task(): the result is JSON-decoded before the body sees it; the interface the task declares has `dueDate: Date` (a pg timestamp), which arrives as an ISO string, so `invoice.dueDate.getTime()` throws TypeError.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

interface Invoice {
  id: string;
  customerEmail: string;
  amountCents: number;
  dueDate: Date;
}

const loadInvoice = task(async (invoiceId: string): Promise<Invoice> => {
  const { rows } = await pool.query("select * from invoices where id = $1", [invoiceId]);
  return rows[0]; // expect: WAC107
});

const sendDunning = task(async (email: string, invoiceId: string, daysLate: number) => {
  await fetch("https://mail.example.com/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "dunning", invoiceId, daysLate }),
  });
  return true;
});

export const main = workflow(async (invoiceId: string, asOf: string) => {
  const invoice = await loadInvoice(invoiceId);
  const daysLate = Math.floor((Date.parse(asOf) - invoice.dueDate.getTime()) / 86_400_000);
  if (daysLate > 0) await sendDunning(invoice.customerEmail, invoice.id, daysLate);
  return { invoiceId, daysLate };
});
