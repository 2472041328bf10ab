// SDK: windmill-client 1.818.0 step(name, fn) calls fn() with no arguments (client.mjs _runInlineStep: `await fn()`), so getResumeUrls passed by reference runs inside the step with its defaults
import { task, step, getResumeUrls, waitForApproval, workflow } from "windmill-client";

type Hire = { name: string; manager: string; startDate: string; laptop: "mac" | "linux" };

const orderLaptop = task(async function orderLaptop(h: Hire) {
  const res = await fetch("https://it.internal/orders", { method: "POST", body: JSON.stringify({ kind: h.laptop, for: h.name }) });
  return ((await res.json()) as { orderId: string }).orderId;
});

const emailManager = task(async function emailManager(manager: string, hire: string, page: string) {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: manager, template: "confirm_hire", vars: { hire, page } }),
  });
});

export const main = workflow(async (hire: Hire) => {
  const urls = await step("resume_urls", getResumeUrls);
  await emailManager(hire.manager, hire.name, urls.approvalPage);
  const confirmation = await waitForApproval({ timeout: 7 * 86400 });
  if (!confirmation.approved) {
    return { hire: hire.name, status: "cancelled" };
  }
  const orderId = await orderLaptop(hire);
  return { hire: hire.name, status: "provisioning", orderId, confirmedBy: confirmation.approver };
});
