// SDK: windmill-client 1.818.0 client.mjs `waitForApproval({ timeout, form })`: the options object is read (`options?.timeout`, `options?.form`).
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
  const decision = await waitForApproval({
    timeout: APPROVAL_WINDOW_SECONDS,
    form: { type: "object", properties: { comment: { type: "string" } } },
  });
  return decision.approved ? await reimburse(expense) : await reject(expense, decision.approver);
});
