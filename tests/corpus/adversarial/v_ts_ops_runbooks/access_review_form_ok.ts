// SDK: windmill-client 1.818.0 waitForApproval resolves {value, approver, approved}, value being the form's answer; keyed approvals with distinct literal keys; getApprovalUrls(key) inside step
// Quarterly access review: one approval form, then a revoke task per user the reviewer ticked.
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

type Grant = { user: string; role: string; lastUsed: string | null };

const listGrants = task(async (system: string) => {
  const r = await fetch(`https://iam.internal/systems/${system}/grants`);
  return (await r.json()) as Grant[];
});

const revoke = task(async (system: string, user: string, role: string) => {
  await fetch(`https://iam.internal/systems/${system}/grants/${user}/${role}`, { method: "DELETE" });
  return `${user}:${role}`;
});

const emailReviewer = task(async (reviewer: string, system: string, link: string, count: number) => {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: reviewer, subject: `Access review: ${system} (${count} grants)`, link }),
  });
  return reviewer;
});

export const main = workflow(async (system: string, reviewer: string) => {
  const grants = await listGrants(system);
  const urls = await step("review_urls", () => getApprovalUrls("access_review", reviewer));
  await emailReviewer(reviewer, system, urls.approvalPage, grants.length);

  const review = await waitForApproval({
    key: "access_review",
    timeout: 14 * 24 * 3600,
    form: {
      type: "object",
      properties: { revoke: { type: "array", items: { type: "string", enum: grants.map((g) => `${g.user}:${g.role}`) } } },
    },
  });
  if (!review.approved) return { revoked: [], reviewer: review.approver };

  const revoked: string[] = [];
  for (const pair of (review.value?.revoke ?? []) as string[]) {
    const [user, role] = pair.split(":");
    revoked.push(await revoke(system, user, role));
  }
  return { revoked, reviewer: review.approver };
});
