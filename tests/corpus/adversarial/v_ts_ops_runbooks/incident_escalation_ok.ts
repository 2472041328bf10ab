// SDK: windmill-client 1.818.0 sleep(seconds); waitForApproval({timeout}) in seconds; keyless approvals in a loop are numbered approval, approval_2, ...; step() checkpoints the clock read
// Incident escalation ladder, correct version: the wait is converted to seconds and the opening time is checkpointed.
import { task, step, waitForApproval, getResumeUrls, workflow } from "windmill-client";

type Level = { name: string; target: string; waitMs: number };

const LADDER: Level[] = [
  { name: "primary", target: "oncall-primary", waitMs: 5 * 60_000 },
  { name: "secondary", target: "oncall-secondary", waitMs: 10 * 60_000 },
  { name: "manager", target: "eng-manager", waitMs: 15 * 60_000 },
];

const page = task(async (target: string, incidentId: string, ackUrl: string) => {
  await fetch("https://pager.example.com/v2/page", {
    method: "POST",
    body: JSON.stringify({ target, incidentId, ackUrl }),
  });
  return target;
});

const annotate = task(async (incidentId: string, note: string) => {
  await fetch(`https://status.example.com/incidents/${incidentId}/notes`, { method: "POST", body: JSON.stringify({ note }) });
  return note;
});

export const main = workflow(async (incidentId: string, title: string) => {
  const openedAt = await step("opened_at", () => new Date().toISOString());
  for (const level of LADDER) {
    const urls = await step("ack_urls", () => getResumeUrls(level.target));
    await page(level.target, incidentId, urls.resume);
    const ack = await waitForApproval({ timeout: Math.round(level.waitMs / 1000) });
    if (ack.approved) {
      await annotate(incidentId, `${title}: acked by ${ack.approver} at level ${level.name} (opened ${openedAt})`);
      return { ackedBy: ack.approver, level: level.name };
    }
  }
  await annotate(incidentId, `${title}: nobody acked`);
  return { ackedBy: null, level: null };
});
