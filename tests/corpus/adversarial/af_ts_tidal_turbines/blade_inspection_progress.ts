// SDK: windmill-client 1.818.0 client.mjs: setProgress(percent, jobId) POSTs to MetricsService.setJobProgress on every call; the body replays from the top after each task, so progress jumps back to 10% on each round
import { task, workflow, setProgress, waitForApproval, step, getResumeUrls } from "windmill-client";

// Ported from a Temporal workflow whose activities reported heartbeats.
type Blade = { turbine: string; blade: 1 | 2 | 3 };
type Finding = { blade: Blade; crackMm: number; erosionPct: number };

const INSPECTION_API = "https://ops.sealoch-tidal.example/api/v2";

const fetchDroneImagery = task(async (b: Blade): Promise<string[]> => {
  const r = await fetch(`${INSPECTION_API}/imagery/${b.turbine}/${b.blade}`);
  if (!r.ok) throw new Error(`imagery ${r.status}`);
  return (await r.json()).frames as string[];
});

const scoreBlade = task(async (b: Blade, frames: string[]): Promise<Finding> => {
  const r = await fetch(`${INSPECTION_API}/score`, {
    method: "POST",
    body: JSON.stringify({ blade: b, frames }),
  });
  return (await r.json()) as Finding;
});

const openWorkOrder = task(async (findings: Finding[], approver: string) => {
  const r = await fetch(`${INSPECTION_API}/work-orders`, {
    method: "POST",
    body: JSON.stringify({ findings, approvedBy: approver }),
  });
  return (await r.json()).id as string;
});

const notifyLead = task(async (lead: string, approvalPage: string, count: number) => {
  await fetch("https://hooks.sealoch-tidal.example/teams", {
    method: "POST",
    body: JSON.stringify({ to: lead, text: `${count} blades over limit: ${approvalPage}` }),
  });
});

const CRACK_LIMIT_MM = 4;

export const main = workflow(async (turbines: string[], lead: string) => {
  const blades: Blade[] = turbines.flatMap((turbine) =>
    ([1, 2, 3] as const).map((blade) => ({ turbine, blade })),
  );
  await setProgress(5); // expect: WAC101
  const findings: Finding[] = [];
  for (const [i, b] of blades.entries()) {
    const frames = await fetchDroneImagery(b);
    findings.push(await scoreBlade(b, frames));
    await setProgress(5 + Math.round((80 * (i + 1)) / blades.length)); // expect: WAC101
  }
  const over = findings.filter((f) => f.crackMm > CRACK_LIMIT_MM || f.erosionPct > 30);
  if (over.length === 0) return { inspected: blades.length, workOrder: null };

  const urls = await step("resume_urls", () => getResumeUrls(lead));
  await notifyLead(lead, urls.approvalPage, over.length);
  const decision = await waitForApproval({ timeout: 48 * 3600 });
  if (!decision.approved) return { inspected: blades.length, workOrder: null };
  const workOrder = await openWorkOrder(over, decision.approver);
  return { inspected: blades.length, workOrder };
});
