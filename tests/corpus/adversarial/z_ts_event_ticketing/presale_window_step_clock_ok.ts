// SDK: windmill-client 1.818.0 client.mjs: step("now", ...) checkpoints the clock once; sleep(seconds) / waitForApproval({ timeout }) computed from it are the same on every replay.
import { workflow, task, step, sleep, waitForApproval, getResumeUrls } from "windmill-client";

const publishPresale = task(async (eventId: string, code: string) => {
  const res = await fetch(`https://api.tixhub.example.com/v2/events/${eventId}/presales`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code }),
  });
  return (await res.json()) as { presaleId: string };
});

const emailPromoter = task(async (to: string, approvalPage: string) => {
  await fetch("https://api.postmarkapp.com/email", {
    method: "POST",
    body: JSON.stringify({ To: to, Subject: "Approve presale", TextBody: approvalPage }),
  });
});

function secondsBetween(fromMs: number, toIso: string): number {
  return Math.max(1, Math.round((Date.parse(toIso) - fromMs) / 1000));
}

export const main = workflow(
  async (eventId: string, presaleStartsAt: string, approvalClosesAt: string, promoter: string) => {
    const startedAt = await step("started_at", () => Date.now());
    const urls = await step("urls", () => getResumeUrls());
    await emailPromoter(promoter, urls.approvalPage);

    const approval = await waitForApproval({
      timeout: secondsBetween(startedAt, approvalClosesAt),
    });
    if (!approval.approved) return { eventId, published: false };

    const approvedAt = await step("approved_at", () => Date.now());
    await sleep(secondsBetween(approvedAt, presaleStartsAt));
    const { presaleId } = await publishPresale(eventId, String(approval.value?.code ?? ""));
    return { eventId, published: true, presaleId };
  },
);
