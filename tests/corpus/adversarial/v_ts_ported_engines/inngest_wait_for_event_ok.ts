// SDK: windmill-client 1.818.0 waitForApproval({key, timeout}) timeout in seconds; getApprovalUrls(stepKey) is stable across replays but is an HTTP call, so it goes in a step (guide: generate resume URLs inside step())
// Ported from Inngest step.waitForEvent; the URLs are fetched in a step and the timeout is in seconds.
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

const sendContract = task(async (dealId: string, signerEmail: string, signUrl: string) => {
  await fetch("https://esign.example.com/envelopes", {
    method: "POST",
    body: JSON.stringify({ dealId, signerEmail, callback: signUrl }),
  });
  return { sentTo: signerEmail };
});

const markDeal = task(async (dealId: string, stage: "won" | "stalled") => {
  await fetch(`https://crm.example.com/deals/${dealId}`, { method: "PATCH", body: JSON.stringify({ stage }) });
  return stage;
});

const THREE_DAYS_S = 3 * 24 * 60 * 60;

export const main = workflow(async (dealId: string, signerEmail: string) => {
  const urls = await step("contract_urls", () => getApprovalUrls("contract_signed"));
  await sendContract(dealId, signerEmail, urls.resume);

  const signed = await waitForApproval({ key: "contract_signed", timeout: THREE_DAYS_S, skin: "minimal" });

  const stage = signed.approved ? "won" : "stalled";
  await markDeal(dealId, stage);
  return { dealId, stage, by: signed.approver };
});
