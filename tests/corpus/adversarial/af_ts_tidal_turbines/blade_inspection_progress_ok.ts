// SDK: windmill-client 1.818.0 client.mjs: setProgress is an HTTP call; inside step(...) it runs once and the checkpoint replays its (undefined -> null) result
import { task, workflow, setProgress, waitForApproval, step, getResumeUrls } from "windmill-client";

type Blade = { turbine: string; blade: 1 | 2 | 3 };
type Finding = { blade: Blade; crackMm: number; erosionPct: number };

const INSPECTION_API = "https://ops.sealoch-tidal.example/api/v2";

const inspectBlade = task(async (b: Blade): Promise<Finding> => {
  const img = await fetch(`${INSPECTION_API}/imagery/${b.turbine}/${b.blade}`);
  const frames = (await img.json()).frames as string[];
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

const reportProgress = task(async (percent: number) => {
  await setProgress(percent);
});

export const main = workflow(async (turbines: string[], lead: string) => {
  const blades: Blade[] = turbines.flatMap((turbine) =>
    ([1, 2, 3] as const).map((blade) => ({ turbine, blade })),
  );
  await step("progress_start", () => setProgress(5));
  const findings = await Promise.all(blades.map((b) => inspectBlade(b)));
  await reportProgress(85);
  const over = findings.filter((f) => f.crackMm > 4 || f.erosionPct > 30);
  if (over.length === 0) return { inspected: blades.length, workOrder: null };

  const urls = await step("resume_urls", () => getResumeUrls(lead));
  await step("notify_lead", async () => {
    await fetch("https://hooks.sealoch-tidal.example/teams", {
      method: "POST",
      body: JSON.stringify({ to: lead, text: `${over.length} blades over limit: ${urls.approvalPage}` }),
    });
  });
  const decision = await waitForApproval({ timeout: 48 * 3600 });
  if (!decision.approved) return { inspected: blades.length, workOrder: null };
  return { inspected: blades.length, workOrder: await openWorkOrder(over, decision.approver) };
});
