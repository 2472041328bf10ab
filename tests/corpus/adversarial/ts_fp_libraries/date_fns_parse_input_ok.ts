// SDK: windmill-client 1.818.0 client.mjs: date-fns over dates from the inputs or a step is pure: the same values every replay.
import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";
import { step, task, workflow } from "windmill-client";

const remind = task(async (invoiceId: string, daysLeft: number, label: string) => ({ invoiceId, daysLeft, label }));
const escalate = task(async (invoiceId: string) => ({ invoiceId, escalated: true }));

export const main = workflow(async (invoiceId: string, dueDate: string, graceDays: number = 5) => {
  const today = await step("today", () => new Date().toISOString());
  const due = parseISO(dueDate);
  const hardStop = addDays(due, graceDays);
  const daysLeft = differenceInCalendarDays(hardStop, parseISO(today));
  if (daysLeft < 0) return await escalate(invoiceId);
  return await remind(invoiceId, daysLeft, format(hardStop, "yyyy-MM-dd"));
});
