// SDK: windmill-client 1.818.0 step(): the clock is read once inside a step; new Date(iso) is pure
import { step, task, workflow } from "windmill-client";
import * as time from "/f/lib/time.ts";
import { dueDate, invoiceNumber, periodLabel } from "./helpers.ts";

const issueInvoice = task(async (number: string, customerId: string, due: string, issuedAt: string) => {
  return { number, customerId, due, issuedAt };
});

export const main = workflow(async (customerId: string, periodStart: string, termDays: number = 30) => {
  const period = periodLabel(periodStart);
  const number = invoiceNumber(customerId, period);
  const issuedAt = await step("issued_at", () => time.nowIso());
  const due = await step("due", () => dueDate(termDays));
  const reminderAt = time.addDays(issuedAt, termDays - 3);
  const label = `${time.formatDay(reminderAt)} (${time.monthKey(periodStart)})`;
  const invoice = await issueInvoice(number, customerId, due, issuedAt);
  return { invoice, reminderAt, label };
});
