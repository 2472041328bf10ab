// SDK: windmill-client 1.818.0 waitForApproval takes {timeout} in seconds and suspends; sleep() suspends too; which of two suspending calls "wins" a Promise.race is not a durable decision
// Expense approval with a hand-made timeout instead of the approval's own timeout option.
import { task, step, sleep, waitForApproval, getResumeUrls, workflow } from "windmill-client";

const notifyManager = task(async (managerEmail: string, expenseId: string, approvalPage: string) => {
  await fetch("https://chat.example.com/api/dm", {
    method: "POST",
    body: JSON.stringify({ to: managerEmail, text: `Expense ${expenseId} needs approval: ${approvalPage}` }),
  });
  return true;
});

const settleExpense = task(async (expenseId: string, outcome: "approved" | "rejected" | "escalated") => {
  await fetch(`https://finance.example.com/expenses/${expenseId}`, { method: "PATCH", body: JSON.stringify({ outcome }) });
  return outcome;
});

export const main = workflow(async (expenseId: string, managerEmail: string, amountCents: number) => {
  if (amountCents < 5_000) {
    return { expenseId, outcome: await settleExpense(expenseId, "approved") };
  }
  const urls = await step("resume_urls", () => getResumeUrls(managerEmail));
  await notifyManager(managerEmail, expenseId, urls.approvalPage);

  const winner = await Promise.race([ // expect: WAC105
    waitForApproval({ timeout: 7 * 24 * 3600 }).then((a) => (a.approved ? "approved" : "rejected")),
    sleep(48 * 3600).then(() => "escalated" as const),
  ]);

  const outcome = await settleExpense(expenseId, winner as "approved" | "rejected" | "escalated");
  return { expenseId, outcome };
});
