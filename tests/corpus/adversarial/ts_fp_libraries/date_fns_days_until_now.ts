// SDK: windmill-client 1.818.0 client.mjs: the body replays (here after a multi-day sleep); counting days against Date.now() in the body gives another answer each round, so the branch can flip.
import { differenceInCalendarDays, parseISO } from "date-fns";
import { sleep, task, workflow } from "windmill-client";

const remind = task(async (invoiceId: string, daysLeft: number) => ({ invoiceId, daysLeft }));
const escalate = task(async (invoiceId: string) => ({ invoiceId, escalated: true }));

export const main = workflow(async (invoiceId: string, dueDate: string) => {
  await sleep(3 * 86400);
  const daysLeft = differenceInCalendarDays(parseISO(dueDate), Date.now()); // expect: WAC102
  if (daysLeft < 0) return await escalate(invoiceId);
  return await remind(invoiceId, daysLeft);
});
