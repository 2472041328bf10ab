// SDK: windmill-client 1.818.0 _waitForApproval: timeout is forwarded as seconds (default 1800); days() below returns milliseconds
import { task, step, waitForApproval, getResumeUrls, workflow } from "windmill-client";

const days = (n: number) => n * 86_400_000;

type Offboarding = { employee: string; manager: string; systems: string[] };

const dmManager = task(async (manager: string, text: string) => {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel: manager, text }),
  });
});

const revokeAccess = task(async (system: string, employee: string) => {
  const r = await fetch(`https://iam.internal/api/${system}/users/${employee}`, { method: "DELETE" });
  return { system, ok: r.ok };
});

export const main = workflow(async (o: Offboarding) => {
  const urls = await step("approval_urls", () => getResumeUrls(o.manager));
  await dmManager(o.manager, `Confirm offboarding of ${o.employee}: ${urls.approvalPage}`);

  const confirmation = await waitForApproval({ timeout: days(3) }); // expect: WAC302
  if (!confirmation.approved) return { revoked: [] };

  const revoked = [];
  for (const system of o.systems) {
    revoked.push(await revokeAccess(system, o.employee));
  }
  return { revoked };
});
