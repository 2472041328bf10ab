// SDK: client.mjs 1.818.0 workflow(fn) replays the body after each suspension; typedi's Container.get(InvoiceRepository) returns the @Service class of the file, whose markOverdue runs an UPDATE through pg on each replay
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
}

const isPaid = task(async function isPaid(invoiceId: string) {
  const res = await pool.query<{ status: string }>("SELECT status FROM invoices WHERE id = $1", [invoiceId]);
  return res.rows[0]?.status === "paid";
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
  const repo = Container.get(InvoiceRepository);
  const changed = await repo.markOverdue(invoiceId); // expect: WAC101
  const reminder = await sendReminder(invoiceId, email);
  return { invoiceId, overdue: changed > 0, ...reminder };
});
