// SDK: windmill-client 1.818.0 client.mjs `waitForApproval(options)` reads `options?.timeout`: a bare number is ignored and the default 1800 s applies, so a week-long approval times out after 30 minutes (WAC301).
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Expense = { id: string; amountCents: number; submitter: string; approver: string; currency?: string };

const APPROVAL_WINDOW_SECONDS = 7 * 24 * 3600;
const AUTO_APPROVE_BELOW_CENTS = 5_000;

const notifyApprover = task(async (approver: string, page: string, expense: Expense) => ({ notified: true }));
const reimburse = task(async (expense: Expense) => ({ paid: true, ref: `reimb-${expense.id}` }));
const reject = task(async (expense: Expense, by: string) => ({ paid: false, by }));

export const main = workflow(async (expense: Expense) => {
  if (expense.amountCents < AUTO_APPROVE_BELOW_CENTS) return await reimburse(expense);
  const urls = await step("approver_urls", () => getResumeUrls(expense.approver));
  await notifyApprover(expense.approver, urls.approvalPage, expense);
  const decision = await waitForApproval(APPROVAL_WINDOW_SECONDS); // expect: WAC301
  return decision.approved ? await reimburse(expense) : await reject(expense, decision.approver);
});
