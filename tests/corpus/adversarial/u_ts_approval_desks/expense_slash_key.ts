// SDK: windmill-client 1.818.0 waitForApproval() (client.mjs _waitForApproval -> assertUsableStepKey: a key containing `/` or `\` throws "must be a non-empty step name without `/`")
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

type Expense = { id: string; employee: string; amountEur: number; category: string };

const loadExpense = task(async function loadExpense(expenseId: string): Promise<Expense> {
  const res = await fetch(`https://expenses.internal/api/${expenseId}`);
  return (await res.json()) as Expense;
});

const reimburse = task(async function reimburse(e: Expense) {
  const res = await fetch("https://payroll.internal/reimbursements", {
    method: "POST",
    body: JSON.stringify({ employee: e.employee, amount: e.amountEur, ref: e.id }),
  });
  return { status: res.status };
});

export const main = workflow(async (expenseId: string) => {
  const expense = await loadExpense(expenseId);
  if (expense.amountEur <= 250) {
    return await reimburse(expense);
  }
  const urls = await step("cfo_urls", () => getApprovalUrls("finance_cfo"));
  await step("ask_cfo", () =>
    fetch("https://chat.internal/dm/cfo", {
      method: "POST",
      body: JSON.stringify({ text: `Approve ${expense.amountEur} EUR for ${expense.employee}?`, approve: urls.resume }),
    }).then((r) => r.ok),
  );
  const decision = await waitForApproval({ key: "finance/cfo", timeout: 3 * 86400 }); // expect: WAC301
  if (!decision.approved) return { status: "rejected", by: decision.approver };
  return await reimburse(expense);
});
