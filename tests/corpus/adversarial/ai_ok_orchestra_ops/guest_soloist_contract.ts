// SDK: windmill-client 1.818.0 getApprovalUrls(stepKey) pairs with waitForApproval({ key }); a key per signer of a loop runs, but the corpus convention (ac_py_museum_loans, issue_cases) reports a computed approval key as a WAC103 warning
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const SIGNERS = ["artistic_director", "finance", "agent"] as const;

type Contract = { soloist: string; fee: number; dates: string[] };

const draftContract = task(async (c: Contract) => {
  const res = await fetch("https://contracts.example.org/api/drafts", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(c),
  });
  return (await res.json()) as { draftId: string; pdfUrl: string };
});

const emailSigner = task(async (role: string, pdfUrl: string, resume: string, cancel: string) => {
  await fetch("https://mail.example.org/send", {
    method: "POST",
    body: JSON.stringify({ to: role, subject: "Contract to sign", body: `${pdfUrl}\n${resume}\n${cancel}` }),
  });
});

const finalise = task(async (draftId: string, approvals: { role: string; approver: string }[]) => {
  await fetch(`https://contracts.example.org/api/drafts/${draftId}/finalise`, {
    method: "POST",
    body: JSON.stringify({ approvals }),
  });
  return { draftId, signed: approvals.length };
});

export const main = workflow(async (soloist: string, fee: number, dates: string[]) => {
  const draft = await draftContract({ soloist, fee, dates });
  const approvals: { role: string; approver: string }[] = [];
  for (const role of SIGNERS) {
    const urls = await step("signer_urls", () => getApprovalUrls(role));
    await emailSigner(role, draft.pdfUrl, urls.resume, urls.cancel);
    const decision = await waitForApproval({ key: role, timeout: 7 * 86400 }); // expect: WAC103
    if (!decision.approved) {
      return { draftId: draft.draftId, rejectedBy: role };
    }
    approvals.push({ role, approver: decision.approver });
  }
  return await finalise(draft.draftId, approvals);
});
