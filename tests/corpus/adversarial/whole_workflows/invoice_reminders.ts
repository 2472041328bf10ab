// SDK: windmill-client 1.818.0 client.mjs: `return` in a finally replaces the pending StepSuspend rejection of the try block, so the workflow completes instead of suspending.
import { sleep, task, workflow } from "windmill-client";

type Reminder = { invoiceId: string; email: string; daysOverdue: number };

const REMINDER_SCHEDULE_DAYS = [3, 7, 14];
const DAY_S = 24 * 3600;

const isPaid = task(async (invoiceId: string) => {
  const res = await fetch(`https://billing.internal/api/invoices/${invoiceId}`);
  const body = (await res.json()) as { status: string };
  return body.status === "paid";
});

const sendReminder = task(async (email: string, invoiceId: string, attempt: number) => {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "invoice_overdue", vars: { invoiceId, attempt } }),
  });
  return attempt;
});

const escalateToCollections = task(async (invoiceId: string) => {
  await fetch("https://collections.example.com/api/cases", { method: "POST", body: JSON.stringify({ invoiceId }) });
  return true;
});

export const main = workflow(async (reminder: Reminder) => {
  let sent = 0;
  let paid = false;
  try {
    for (const [i, day] of REMINDER_SCHEDULE_DAYS.entries()) {
      const previous = i === 0 ? 0 : REMINDER_SCHEDULE_DAYS[i - 1];
      await sleep((day - previous) * DAY_S);
      if (await isPaid(reminder.invoiceId)) {
        paid = true;
        break;
      }
      await sendReminder(reminder.email, reminder.invoiceId, i + 1);
      sent += 1;
    }
    if (!paid) await escalateToCollections(reminder.invoiceId);
  } finally {
    return { invoiceId: reminder.invoiceId, remindersSent: sent, paid }; // expect: WAC203
  }
});
