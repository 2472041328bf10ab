// SDK: windmill-client 1.818.0 a rotation index from a hash of the input (crypto.createHash) picks reviewers deterministically; approvals without key in sequence; getResumeUrls inside step
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";
import { createHash } from "node:crypto";

const REVIEWERS = ["ana@agency.example", "li@agency.example", "omar@agency.example", "sven@agency.example"] as const;

function rotation(jobId: string, n: number): string[] {
  const start = createHash("md5").update(jobId).digest().readUInt32BE(0) % REVIEWERS.length;
  return Array.from({ length: n }, (_, i) => REVIEWERS[(start + i) % REVIEWERS.length]);
}

const askReview = task(async (reviewer: string, jobId: string, page: string) => {
  await fetch("https://mail.agency.example/send", {
    method: "POST",
    body: JSON.stringify({ to: reviewer, subject: `Review ${jobId}`, text: page }),
  });
  return reviewer;
});

const deliver = task(async (jobId: string, approvers: string[]) => {
  const res = await fetch(`https://portal.agency.example/jobs/${jobId}/deliver`, { method: "POST", body: JSON.stringify({ approvers }) });
  return res.ok;
});

export const main = workflow(async (jobId: string, reviewers = 2) => {
  const chain = rotation(jobId, Math.min(reviewers, REVIEWERS.length));
  const approvers: string[] = [];
  for (const reviewer of chain) {
    const urls = await step("resume_urls", () => getResumeUrls(reviewer));
    await askReview(reviewer, jobId, urls.approvalPage);
    const answer = await waitForApproval({ timeout: 86400 });
    if (!answer.approved) return { delivered: false, rejectedBy: answer.approver };
    approvers.push(answer.approver);
  }
  return { delivered: await deliver(jobId, approvers), approvers };
});
