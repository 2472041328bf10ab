// SDK: windmill-client 1.818.0 client.mjs: step(name, fn) checkpoints fn's JSON result; sleep(seconds) is a server-side sleep; waitForApproval({ key, timeout }) suspends until resumed; getApprovalUrls(key) is called inside a step.
import { getApprovalUrls, sleep, step, task, waitForApproval, workflow } from "windmill-client";

type TrialEvent = { accountId: string; email: string; trialDays: number };

const lookupUsage = task(async (accountId: string) => {
  const res = await fetch(`https://usage.example.com/accounts/${accountId}`);
  return (await res.json()) as { seats: number; projects: number };
});

const convertToPaid = task(async (accountId: string, seats: number) => {
  const res = await fetch(`https://billing.example.com/accounts/${accountId}/subscribe`, {
    method: "POST",
    body: JSON.stringify({ seats }),
  });
  return (await res.json()) as { subscriptionId: string };
});

// Cloudflare Workflows: step.do / step.sleep / step.waitForEvent
export const main = workflow(async (event: TrialEvent) => {
  const startedAt = await step("trial-started", () => new Date().toISOString());
  await sleep(event.trialDays * 24 * 60 * 60);
  const usage = await lookupUsage(event.accountId);
  if (usage.projects === 0) {
    return { accountId: event.accountId, converted: false, startedAt };
  }
  const urls = await step("approval-urls", () => getApprovalUrls("sales"));
  await step("ask-sales", async () => {
    await fetch("https://chat.example.com/hooks/sales", {
      method: "POST",
      body: JSON.stringify({ text: `Convert ${event.email}? ${urls.approvalPage}` }),
    });
  });
  const decision = await waitForApproval({ key: "sales", timeout: 3 * 24 * 3600 });
  if (!decision.approved) {
    return { accountId: event.accountId, converted: false, startedAt };
  }
  const { subscriptionId } = await convertToPaid(event.accountId, usage.seats);
  return { accountId: event.accountId, converted: true, subscriptionId, startedAt };
});
