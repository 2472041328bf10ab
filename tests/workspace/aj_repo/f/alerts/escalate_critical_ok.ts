// Escalate an unacknowledged critical result up the on-call ladder.
import { getResumeUrls, sleep, step, task, waitForApproval, workflow } from "windmill-client";
import notify from "/f/shared/notify.ts";
import { clock } from "/f/shared/clock.ts";
import { pageClinician } from "/f/shared/tasks.ts";

type Rung = { clinicianId: string; waitMinutes: number };

const loadLadder = task(async (unit: string): Promise<Rung[]> => {
  const res = await fetch(`https://oncall.stmarys.internal/v1/ladders/${unit}`);
  return (await res.json()) as Rung[];
});

const logEscalation = task(async (accession: string, clinicianId: string, at: string) => {
  await fetch("https://lis.stmarys-lab.internal/api/audit", {
    method: "POST",
    body: JSON.stringify({ accession, clinicianId, at, kind: "critical-escalation" }),
  });
});

export const main = workflow(async (accession: string, unit: string, summary: string) => {
  const ladder = await loadLadder(unit);
  const startedAt = await step("started_at", () => clock.iso());

  for (const rung of ladder) {
    const urls = await step("urls", () => getResumeUrls(rung.clinicianId));
    const text = notify.render("{summary} - acknowledge: {url}", { summary, url: urls.approvalPage });
    await pageClinician(rung.clinicianId, text, "stat");
    await logEscalation(accession, rung.clinicianId, startedAt);
    const ack = await waitForApproval({ timeout: rung.waitMinutes * 60 });
    if (ack.approved) return { accession, acknowledgedBy: ack.approver };
    await sleep(30);
  }
  return { accession, acknowledgedBy: null, exhausted: true };
});
