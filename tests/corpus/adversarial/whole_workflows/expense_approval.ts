// SDK: windmill-client 1.818.0 client.mjs: waitForApproval and task calls reject with StepSuspend on first dispatch; `.catch(() => ...)` that never rethrows turns it into a value.
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

interface Expense {
  id: string;
  employee: string;
  amount: number;
  currency: "EUR" | "USD";
  category: string;
  receiptUrl: string;
}

const AUTO_APPROVE_LIMIT = 100;
const FINANCE_EMAIL = "finance@acme.io";

const convertToEur = task(async (amount: number, currency: string) => {
  if (currency === "EUR") return amount;
  const res = await fetch(`https://api.frankfurter.app/latest?from=${currency}&to=EUR&amount=${amount}`);
  const body = (await res.json()) as { rates: { EUR: number } };
  return body.rates.EUR;
});

const requestReview = task(async (to: string, expense: Expense, approvalPage: string) => {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to, subject: `Expense ${expense.id} for review`, link: approvalPage }),
  });
});

const reimburse = task(async (employee: string, amountEur: number, expenseId: string) => {
  const res = await fetch("https://payroll.internal/api/reimbursements", {
    method: "POST",
    body: JSON.stringify({ employee, amount: amountEur, reference: expenseId }),
  });
  return (await res.json()) as { payoutId: string };
});

export const main = workflow(async (expense: Expense) => {
  const amountEur = await convertToEur(expense.amount, expense.currency);

  let approver = "auto";
  if (amountEur > AUTO_APPROVE_LIMIT) {
    const urls = await step("approval_urls", () => getResumeUrls());
    await requestReview(FINANCE_EMAIL, expense, urls.approvalPage);
    const decision = await waitForApproval({ timeout: 7 * 24 * 3600 }).catch(() => null); // expect: WAC202
    if (!decision || !decision.approved) {
      return { expenseId: expense.id, status: "rejected" };
    }
    approver = decision.approver;
  }

  const payout = await reimburse(expense.employee, amountEur, expense.id);
  return { expenseId: expense.id, status: "paid", approver, amountEur, payoutId: payout.payoutId };
});
