// SDK: windmill-client 1.818.0 getApprovalUrls (client.mjs: JobService.getWacApprovalUrls, an HTTP call to the Windmill API every time the body reaches it)
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

type AccessRequest = { requester: string; system: "prod-db" | "billing" | "k8s"; justification: string; hours: number };

const grant = task(async function grant(r: AccessRequest) {
  const res = await fetch(`https://iam.internal/grants`, {
    method: "POST",
    body: JSON.stringify({ user: r.requester, system: r.system, ttlHours: r.hours }),
  });
  return ((await res.json()) as { grantId: string }).grantId;
});

const postToSecurity = task(async function postToSecurity(text: string, approve: string, deny: string) {
  await fetch("https://chat.internal/channels/security-approvals", {
    method: "POST",
    body: JSON.stringify({ text, actions: [{ label: "Approve", url: approve }, { label: "Deny", url: deny }] }),
  });
});

export const main = workflow(async (request: AccessRequest) => {
  const urls = await getApprovalUrls("security"); // expect: WAC101
  await postToSecurity(
    `${request.requester} wants ${request.hours}h on ${request.system}: ${request.justification}`,
    urls.resume,
    urls.cancel,
  );
  const decision = await waitForApproval({ key: "security", timeout: 8 * 3600 });
  if (!decision.approved) {
    return { granted: false, deniedBy: decision.approver };
  }
  const grantId = await grant(request);
  const audit = await step("audit_line", () => `${decision.approver} approved ${request.system} for ${request.requester}`);
  return { granted: true, grantId, audit };
});
