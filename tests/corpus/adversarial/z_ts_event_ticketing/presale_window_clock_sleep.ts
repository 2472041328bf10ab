// SDK: windmill-client 1.818.0 client.mjs: sleep(seconds) and waitForApproval({ timeout }) take their number when first reached; the body reruns from the top after every suspension, so Date.now() in it changes between replays.
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

export const main = workflow(
  async (eventId: string, presaleStartsAt: string, approvalClosesAt: string, promoter: string) => {
    const urls = await step("urls", () => getResumeUrls());
    await emailPromoter(promoter, urls.approvalPage);

    const approval = await waitForApproval({
      timeout: Math.round((Date.parse(approvalClosesAt) - Date.now()) / 1000), // expect: WAC102
    });
    if (!approval.approved) return { eventId, published: false };

    await sleep((Date.parse(presaleStartsAt) - Date.now()) / 1000); // expect: WAC102
    const { presaleId } = await publishPresale(eventId, String(approval.value?.code ?? ""));
    return { eventId, published: true, presaleId };
  },
);
