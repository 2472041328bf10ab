// SDK: client.mjs 1.818.0 task() keys a task by `fn.name` ("review") and _waitForApproval throws `WAC step key "review" is already used` when an explicit key was taken by an earlier step or task of the run
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Contract = { id: string; counterparty: string; valueEur: number; pdfUrl: string };

const review = task(async function review(contractId: string, pdfUrl: string) {
  const res = await fetch("https://legal-ai.internal/api/review", {
    method: "POST",
    body: JSON.stringify({ contractId, pdfUrl, checks: ["liability", "termination", "gdpr"] }),
  });
  return (await res.json()) as { risk: "low" | "medium" | "high"; findings: string[] };
});

const countersign = task(async function countersign(contractId: string) {
  const res = await fetch(`https://esign.internal/api/envelopes/${contractId}/countersign`, { method: "POST" });
  return { contractId, signed: res.ok };
});

async function postToLegal(contract: Contract, urls: { resume: string; cancel: string }, findings: string[]) {
  await fetch(process.env.LEGAL_SLACK_WEBHOOK ?? "https://hooks.slack.com/services/T000/B000/XXX", {
    method: "POST",
    body: JSON.stringify({
      text: `Contract ${contract.id} with ${contract.counterparty} (${contract.valueEur} EUR)\n${findings.join("\n")}\nApprove: ${urls.resume}\nReject: ${urls.cancel}`,
    }),
  });
}

export const main = workflow(async (contract: Contract) => {
  const automated = await review(contract.id, contract.pdfUrl);
  if (automated.risk !== "low" || contract.valueEur > 50_000) {
    const urls = await step("legal_urls", () => getApprovalUrls("review"));
    await step("notify_legal", () => postToLegal(contract, urls, automated.findings));
    const decision = await waitForApproval({ key: "review", timeout: 5 * 24 * 3600 }); // expect: WAC303
    if (!decision.approved) return { contractId: contract.id, signed: false, reason: "rejected by legal" };
  }
  return await countersign(contract.id);
});
