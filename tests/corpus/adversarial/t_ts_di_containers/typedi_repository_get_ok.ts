// SDK: client.mjs 1.818.0 a task's function runs once in its own job: typedi's Container.get(InvoiceRepository) is called inside the task that marks the invoice
import "reflect-metadata";
import { Pool } from "pg";
import { Container, Service } from "typedi";
import { sleep, task, workflow } from "windmill-client";

const pool = new Pool({ connectionString: process.env.BILLING_DATABASE_URL });

@Service()  // expect: WAC903
class InvoiceRepository {
  async markOverdue(invoiceId: string): Promise<number> {
    const res = await pool.query("UPDATE invoices SET status = 'overdue' WHERE id = $1 AND status = 'open'", [invoiceId]);
    return res.rowCount ?? 0;
  }

  async status(invoiceId: string): Promise<string | undefined> {
    const res = await pool.query<{ status: string }>("SELECT status FROM invoices WHERE id = $1", [invoiceId]);
    return res.rows[0]?.status;
  }
}

const isPaid = task(async function isPaid(invoiceId: string) {
  return (await Container.get(InvoiceRepository).status(invoiceId)) === "paid";
});

const markOverdue = task(async function markOverdue(invoiceId: string) {
  return (await Container.get(InvoiceRepository).markOverdue(invoiceId)) > 0;
});

const sendReminder = task(async function sendReminder(invoiceId: string, email: string) {
  const res = await fetch("https://api.postmarkapp.com/email/withTemplate", {
    method: "POST",
    headers: { "X-Postmark-Server-Token": process.env.POSTMARK_TOKEN ?? "" },
    body: JSON.stringify({ To: email, TemplateAlias: "invoice-overdue", TemplateModel: { invoiceId } }),
  });
  return { sent: res.ok };
});

export const main = workflow(async (invoiceId: string, email: string, grace_days = 7) => {
  await sleep(grace_days * 24 * 3600);
  if (await isPaid(invoiceId)) return { invoiceId, overdue: false };
  const overdue = await markOverdue(invoiceId);
  const reminder = await sendReminder(invoiceId, email);
  return { invoiceId, overdue, ...reminder };
});
