// SDK: windmill-client 1.818.0 _waitForApproval: timeout: options?.timeout ?? 1800, sent to the worker as seconds; hours() of ./durations_ok returns milliseconds
import { task, step, waitForApproval, getResumeUrls, workflow } from "windmill-client";
import { hours } from "./durations_ok";

type AccessRequest = { requester: string; system: string; role: string; approverChannel: string };

const notifyApprovers = task(async (channel: string, text: string, approvalPage: string) => {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text: `${text}\n<${approvalPage}|Review request>` }),
  });
});

const grantRole = task(async (system: string, user: string, role: string) => {
  const r = await fetch(`https://iam.internal/api/${system}/grants`, {
    method: "POST",
    body: JSON.stringify({ user, role }),
  });
  return r.ok;
});

export const main = workflow(async (req: AccessRequest) => {
  const urls = await step("resume_urls", () => getResumeUrls());
  await notifyApprovers(
    req.approverChannel,
    `${req.requester} asks for *${req.role}* on ${req.system}`,
    urls.approvalPage,
  );

  const decision = await waitForApproval({ timeout: hours(48) }); // expect: WAC302
  if (!decision.approved) {
    return { granted: false, by: decision.approver };
  }
  const granted = await grantRole(req.system, req.requester, req.role);
  return { granted, by: decision.approver };
});
