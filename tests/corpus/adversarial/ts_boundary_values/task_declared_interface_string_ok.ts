// SDK: windmill-client 1.818.0 client.mjs task(): the task maps the row to an interface of JSON types (`dueDate` as its ISO string) and the body parses it.
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

interface Invoice {
  id: string;
  customerEmail: string;
  amountCents: number;
  dueDate: string;
}

const loadInvoice = task(async (invoiceId: string): Promise<Invoice> => {
  const { rows } = await pool.query("select * from invoices where id = $1", [invoiceId]);
  const row = rows[0];
  return {
    id: row.id,
    customerEmail: row.customer_email,
    amountCents: row.amount_cents,
    dueDate: (row.due_date as Date).toISOString(),
  };
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
  const daysLate = Math.floor((Date.parse(asOf) - Date.parse(invoice.dueDate)) / 86_400_000);
  if (daysLate > 0) await sendDunning(invoice.customerEmail, invoice.id, daysLate);
  return { invoiceId, daysLate };
});
