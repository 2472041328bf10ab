// SDK: windmill-client 1.818.0 two approvals with distinct literal keys (science then legal), each with getApprovalUrls in a step; a try/finally whose finally only builds a summary; taskScript called with one object argument
import { getApprovalUrls, step, task, taskScript, waitForApproval, workflow } from "windmill-client";

const buildRelease = taskScript("f/observatory/build_release", { timeout: 3600 });
const publishDoi = taskScript("f/observatory/mint_doi");

const notify = task(async (to: string, subject: string, link: string) => {
  await fetch("https://mail.observatory.example/send", {
    method: "POST",
    body: JSON.stringify({ to, subject, link }),
  });
});

export const main = workflow(async (release: string, tables: string[]) => {
  const build = await buildRelease({ release, tables });
  let summary = "";
  let approvedBy: string[] = [];
  try {
    const scienceUrls = await step("science_urls", () => getApprovalUrls("science"));
    await notify("science-lead@observatory.example", `Review ${release}`, scienceUrls.approvalPage);
    const science = await waitForApproval({ key: "science", timeout: 5 * 86400 });
    if (!science.approved) return { release, published: false, stage: "science" };
    approvedBy = [...approvedBy, science.approver];

    const legalUrls = await step("legal_urls", () => getApprovalUrls("legal"));
    await notify("legal@observatory.example", `Licence check ${release}`, legalUrls.approvalPage);
    const legal = await waitForApproval({ key: "legal", timeout: 5 * 86400 });
    if (!legal.approved) return { release, published: false, stage: "legal" };
    approvedBy = [...approvedBy, legal.approver];
  } finally {
    summary = `${release}: ${approvedBy.length} approval(s)`;
  }
  const doi = await publishDoi({ release, manifest: build.manifest });
  return { release, published: true, doi, summary, approvedBy };
});
