// SDK: windmill-client 1.818.0 waitForApproval({timeout, form, selfApproval, key, skin, description}): timeout in seconds (default 1800); getApprovalUrls(stepKey) calls JobService.getWacApprovalUrls (HTTP)
// Ported from Inngest: step.waitForEvent("contract.signed", { timeout: "3d" }) becomes a keyed approval.
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

const THREE_DAYS = 3 * 24 * 60 * 60 * 1000;

export const main = workflow(async (dealId: string, signerEmail: string) => {
  const urls = await getApprovalUrls("contract_signed"); // expect: WAC101
  await sendContract(dealId, signerEmail, urls.resume);

  const signed = await waitForApproval({ key: "contract_signed", timeout: THREE_DAYS }); // expect: WAC302

  const stage = signed.approved ? "won" : "stalled";
  await markDeal(dealId, stage);
  return { dealId, stage, by: signed.approver };
});
