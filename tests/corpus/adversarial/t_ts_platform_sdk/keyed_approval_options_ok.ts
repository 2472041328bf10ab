// SDK: client.mjs 1.818.0 _waitForApproval reads key, timeout, form, selfApproval, skin and description; getApprovalUrls(stepKey) in a step addresses the keyed approval; task retry {attempts, delay, multiplier, max_delay} is read by retryDelaySeconds
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Expense = { id: string; employee: string; amountEur: number; category: string; receiptUrl: string };

const reimburse = task(
  async function reimburse(expenseId: string, employee: string, amountEur: number) {
    const res = await fetch("https://payroll.internal/api/reimbursements", {
      method: "POST",
      body: JSON.stringify({ expenseId, employee, amountEur }),
    });
    if (!res.ok) throw new Error(`payroll rejected ${expenseId}: ${res.status}`);
    return { expenseId, paid: true };
  },
  { timeout: 300, tag: "payroll", retry: { attempts: 3, delay: 30, multiplier: 2, max_delay: 300 } },
);

async function notifyFinance(expense: Expense, urls: { approvalPage: string; resume: string; cancel: string }) {
  await fetch(process.env.FINANCE_WEBHOOK ?? "https://hooks.slack.com/services/T1/B1/finance", {
    method: "POST",
    body: JSON.stringify({ text: `Expense ${expense.id}: ${expense.amountEur} EUR (${expense.category}) ${urls.approvalPage}` }),
  });
}

export const main = workflow(async (expense: Expense) => {
  if (expense.amountEur > 250) {
    const urls = await step("finance_urls", () => getApprovalUrls("finance"));
    await step("notify_finance", () => notifyFinance(expense, urls));
    const decision = await waitForApproval({
      key: "finance",
      timeout: 3 * 24 * 3600,
      skin: "minimal",
      description: { markdown: `**${expense.employee}** asks for **${expense.amountEur} EUR** ([receipt](${expense.receiptUrl}))` },
      form: {
        type: "object",
        properties: { comment: { type: "string" } },
      },
    });
    if (!decision.approved) {
      return { expenseId: expense.id, paid: false, comment: decision.value?.comment ?? null };
    }
  }
  return await reimburse(expense.id, expense.employee, expense.amountEur);
});
