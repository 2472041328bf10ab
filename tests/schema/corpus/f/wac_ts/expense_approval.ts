// Expense report approval: the manager gets an email with the approval link,
// the workflow suspends until they decide, then the expense is paid or rejected.
import { task, workflow, step, waitForApproval, getResumeUrls } from "windmill-client";

const sendApprovalEmail = task(async (managerEmail: string, employee: string, amount: number, approvalPage: string) => {
  await fetch("https://api.mailprovider.example/v1/send", {
    method: "POST",
    body: JSON.stringify({
      to: managerEmail,
      subject: `Expense report from ${employee}: $${amount.toFixed(2)}`,
      body: `Review it here: ${approvalPage}`,
    }),
  });
});

const reimburse = task(async (employee: string, amount: number): Promise<string> => {
  const res = await fetch("https://payroll.example/api/reimbursements", {
    method: "POST",
    body: JSON.stringify({ employee, amount }),
  });
  return (await res.json()).id;
});

const notifyRejection = task(async (employee: string, reason: string) => {
  await fetch("https://hooks.slack.example/expenses", {
    method: "POST",
    body: JSON.stringify({ text: `Expense of ${employee} rejected: ${reason}` }),
  });
});

export const main = workflow(async (employee: string, managerEmail: string, amount: number) => {
  const urls = await step("get_urls", () => getResumeUrls());
  await sendApprovalEmail(managerEmail, employee, amount, urls.approvalPage);
  const decision = await waitForApproval({ timeout: 3 * 86400 });
  if (decision.approved) {
    const paymentId = await reimburse(employee, amount);
    return { status: "paid", paymentId };
  } else {
    await notifyRejection(employee, decision.value?.reason ?? "no reason given");
    return { status: "rejected", approver: decision.approver };
  }
});
