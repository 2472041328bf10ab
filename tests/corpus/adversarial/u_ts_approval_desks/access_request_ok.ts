// SDK: windmill-client 1.818.0 getApprovalUrls/waitForApproval/step (client.mjs: the URLs fetched in a step are checkpointed; waitForApproval with form returns { value, approver, approved })
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

type AccessRequest = { requester: string; system: "prod-db" | "billing" | "k8s"; justification: string };

const grant = task(async function grant(user: string, system: string, hours: number) {
  const res = await fetch(`https://iam.internal/grants`, {
    method: "POST",
    body: JSON.stringify({ user, system, ttlHours: hours }),
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
  const urls = await step("security_urls", () => getApprovalUrls("security"));
  await postToSecurity(`${request.requester} wants access to ${request.system}: ${request.justification}`, urls.resume, urls.cancel);
  const decision = await waitForApproval({
    key: "security",
    timeout: 8 * 3600,
    form: {
      type: "object",
      properties: { hours: { type: "integer", minimum: 1, maximum: 24, default: 4 } },
      required: ["hours"],
    },
  });
  if (!decision.approved) {
    return { granted: false, deniedBy: decision.approver };
  }
  const hours = Number(decision.value?.hours ?? 4);
  const grantId = await grant(request.requester, request.system, hours);
  return { granted: true, grantId, hours, approver: decision.approver };
});
