// SDK: windmill-client 1.818.0 step() checkpoints the cutoff; isoDay / formatCents / addDays are pure string and number work
import { step, task, workflow } from "windmill-client";
import * as lib from "/f/lib/index.ts";

const listOverdue = task(async function listOverdue(before: string) {
  const res = await lib.getJson(`https://invoicing.billing.example/v2/overdue?before=${before}`);
  return res.invoices as { id: string; email: string; cents: number }[];
});

const sendReminder = task(async function sendReminder(email: string, invoiceId: string, amount: string) {
  await lib.postJson("https://mail.billing.example/v1/reminders", { email, invoiceId, amount });
});

export const main = workflow(async (grace_days: number = 14) => {
  const cutoff = await step("cutoff", () => lib.since(grace_days));
  const overdue = await listOverdue(lib.addDays(lib.isoDay(cutoff), 0));
  for (const inv of overdue) {
    await sendReminder(inv.email, inv.id, lib.formatCents(inv.cents));
  }
  return { reminded: overdue.length, cutoff };
});
