// SDK: windmill-client 1.818.0 client.mjs: without a key `_waitForApproval` allocates `approval`, `approval_2`, ... in body order, and `getResumeUrls` (taken inside a step per filing) addresses whichever approval is pending next
import { task, step, waitForApproval, getResumeUrls, workflow } from "windmill-client";

type Filing = { filingId: string; caseNumber: string; title: string; partnerEmail: string };

const draftFiling = task(async (filingId: string) => {
  const r = await fetch(`https://dms.lawfirm.example/api/filings/${filingId}/render`, { method: "POST" });
  return (await r.json()) as { pdfUrl: string; pages: number };
});

const emailPartner = task(async (to: string, subject: string, links: { resume: string; cancel: string }) => {
  await fetch("https://mail.lawfirm.example/api/send", {
    method: "POST",
    body: JSON.stringify({ to, subject, html: `<a href="${links.resume}">Approve</a> · <a href="${links.cancel}">Reject</a>` }),
  });
});

const fileWithCourt = task(async (filingId: string, pdfUrl: string) => {
  const r = await fetch("https://efsp.courtfile.example/api/v4/envelopes", {
    method: "POST",
    body: JSON.stringify({ filingId, pdfUrl }),
  });
  return (await r.json()).envelopeId as string;
});

export const main = workflow(async (filings: Filing[]) => {
  const filed: Record<string, string> = {};
  for (const f of filings) {
    const draft = await draftFiling(f.filingId);
    const urls = await step("resume_urls", () => getResumeUrls(f.partnerEmail));
    await emailPartner(f.partnerEmail, `Sign-off needed: ${f.caseNumber} ${f.title} (${draft.pages} pp)`, urls);
    const decision = await waitForApproval({ timeout: 2 * 86400 });
    if (!decision.approved) continue;
    filed[f.filingId] = await fileWithCourt(f.filingId, draft.pdfUrl);
  }
  return { filed };
});
