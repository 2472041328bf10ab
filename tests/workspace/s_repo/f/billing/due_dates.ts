// SDK: windmill-client 1.818.0 workflow(); ./helpers.ts dueDate and /f/lib/time.ts nowIso read the clock
import { task, workflow } from "windmill-client";
import * as time from "/f/lib/time.ts";
import { dueDate, invoiceNumber, periodLabel } from "./helpers.ts";

const issueInvoice = task(async (number: string, customerId: string, due: string, issuedAt: string) => {
  return { number, customerId, due, issuedAt };
});

export const main = workflow(async (customerId: string, periodStart: string, termDays: number = 30) => {
  const period = periodLabel(periodStart);
  const number = invoiceNumber(customerId, period);
  const due = dueDate(termDays); // expect: WAC102
  const issuedAt = time.nowIso(); // expect: WAC102
  return await issueInvoice(number, customerId, due, issuedAt);
});
