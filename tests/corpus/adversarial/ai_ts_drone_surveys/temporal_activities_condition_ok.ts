// SDK: windmill-client 1.818.0 client.mjs: tasks kept in an object (the port of Temporal's proxyActivities) are the same wrappers; waitForApproval({ timeout }) replaces `condition(() => approved, "4h")`; the signal handler state is gone, the approval's value carries the decision
import { task, step, waitForApproval, getResumeUrls, workflow } from "windmill-client";

const inspect = task(async (assetId: string, droneId: string) => {
  const r = await fetch(`https://inspect.skyline-survey.example/v1/assets/${assetId}`, {
    method: "POST",
    body: JSON.stringify({ droneId }),
  });
  return (await r.json()) as { defects: { code: string; severity: number }[] };
});

const fileReport = task(async (assetId: string, defects: { code: string; severity: number }[], approvedBy: string) => {
  const r = await fetch("https://reports.skyline-survey.example/v1", {
    method: "POST",
    body: JSON.stringify({ assetId, defects, approvedBy }),
  });
  return (await r.json()).reportId as string;
});

const sendReviewRequest = task(async (reviewer: string, assetId: string, approvalPage: string) => {
  await fetch("https://notify.skyline-survey.example/v1/email", {
    method: "POST",
    body: JSON.stringify({ to: reviewer, subject: `Review ${assetId}`, text: approvalPage }),
  });
});

// formerly: const acts = proxyActivities<typeof activities>({ startToCloseTimeout: "10m" })
const acts = { inspect, fileReport, sendReviewRequest } as const;

export const main = workflow(async (assetId: string, droneId: string, reviewer: string) => {
  const { defects } = await acts.inspect(assetId, droneId);
  const severe = defects.filter((d) => d.severity >= 3);
  if (severe.length === 0) {
    return { assetId, status: "no_action" };
  }
  const urls = await step("resume_urls", () => getResumeUrls(reviewer));
  await acts.sendReviewRequest(reviewer, assetId, urls.approvalPage);
  const decision = await waitForApproval({ timeout: 4 * 3600, form: { note: { type: "string" } } });
  if (!decision.approved) {
    return { assetId, status: "rejected", by: decision.approver };
  }
  const reportId = await acts.fileReport(assetId, severe, decision.approver);
  return { assetId, status: "filed", reportId };
});
