// SDK: windmill-client 1.818.0: waitForApproval({ key }) keys must be literals per call site; getApprovalUrls(key) in a step gives the URLs of that approval
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const CHAIR_KEY = "dsmb_chair" as const;
const STATISTICIAN_KEY = "unblinded_statistician" as const;

type Request = { trial: string; reason: string; subjectIds: string[] };

const notify = task(async (role: string, page: string, trial: string) => {
  await fetch("https://notify.example-cro.org/email", {
    method: "POST",
    body: JSON.stringify({ role, trial, page }),
  });
});

const unblind = task(async (trial: string, subjectIds: string[]) => {
  const r = await fetch(`https://irt.example-cro.org/trials/${trial}/unblind`, {
    method: "POST",
    body: JSON.stringify({ subjectIds }),
  });
  if (!r.ok) throw new Error(`IRT refused: ${r.status}`);
  return (await r.json()) as Record<string, string>;
});

export const main = workflow(async (req: Request) => {
  const chairUrls = await step("chair_urls", () => getApprovalUrls(CHAIR_KEY));
  await notify("chair", chairUrls.approvalPage, req.trial);
  const chair = await waitForApproval({ key: CHAIR_KEY, timeout: 72 * 3600, description: req.reason });
  if (!chair.approved) return { unblinded: false, stoppedBy: "chair" };

  const statUrls = await step("statistician_urls", () => getApprovalUrls(STATISTICIAN_KEY));
  await notify("statistician", statUrls.approvalPage, req.trial);
  const stat = await waitForApproval({ key: STATISTICIAN_KEY, timeout: 72 * 3600 });
  if (!stat.approved) return { unblinded: false, stoppedBy: "statistician" };

  const arms = await unblind(req.trial, [...req.subjectIds].sort());
  return { unblinded: true, arms, approvers: [chair.approver, stat.approver] };
});
