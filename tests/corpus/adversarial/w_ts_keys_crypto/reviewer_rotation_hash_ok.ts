// SDK: windmill-client 1.818.0 replays the body; a reviewer picked by a hash of the PR URL is the same each round
import { task, waitForApproval, step, getResumeUrls, workflow } from "windmill-client";
import { createHash } from "node:crypto";

const notifyReviewer = task(async (reviewer: string, prUrl: string, approvalPage: string) => {
  await fetch("https://chat.internal/dm", {
    method: "POST",
    body: JSON.stringify({ to: reviewer, text: `Please review ${prUrl}: ${approvalPage}` }),
  });
  return reviewer;
});

const mergePr = task(async (prUrl: string) => {
  const res = await fetch(`${prUrl}/merge`, { method: "PUT" });
  return res.ok;
});

function pickReviewer(team: string[], prUrl: string): string {
  const sorted = [...team].sort();
  const digest = createHash("sha1").update(prUrl).digest();
  return sorted[digest.readUInt32BE(0) % sorted.length];
}

export const main = workflow(async (prUrl: string, team: string[]) => {
  const reviewer = pickReviewer(team, prUrl);
  const urls = await step("resume_urls", () => getResumeUrls(reviewer));
  await notifyReviewer(reviewer, prUrl, urls.approvalPage);
  const decision = await waitForApproval({ timeout: 86_400 });
  if (!decision.approved) return { merged: false, reviewer };
  return { merged: await mergePr(prUrl), reviewer };
});
