// SDK: windmill-client 1.818.0 only step()/task() results are replayed; Date.now() in the body gives another cutoff on each round
import { task, workflow } from "windmill-client";
import * as lib from "/f/lib/index.ts";

const listOverdue = task(async function listOverdue(before: string) {
  const res = await lib.getJson(`https://invoicing.billing.example/v2/overdue?before=${before}`);
  return res.invoices as { id: string; email: string; cents: number }[];
});

const sendReminder = task(async function sendReminder(email: string, invoiceId: string, amount: string) {
  await lib.postJson("https://mail.billing.example/v1/reminders", { email, invoiceId, amount });
});

export const main = workflow(async (grace_days: number = 14) => {
  const cutoff = lib.since(grace_days); // expect: WAC102
  const overdue = await listOverdue(lib.isoDay(cutoff));
  for (const inv of overdue) {
    await sendReminder(inv.email, inv.id, lib.formatCents(inv.cents));
  }
  return { reminded: overdue.length, cutoff };
});
