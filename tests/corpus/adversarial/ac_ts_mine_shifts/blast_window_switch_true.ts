// SDK: windmill-client 1.818.0 client.mjs: the body is replayed after the approval; a `switch (true)` case reading the wall clock can pick another branch on the replay than on the first round
import { task, step, workflow, waitForApproval, getApprovalUrls } from "windmill-client";

interface BlastPlan {
  panelId: string;
  holes: number;
  kgExplosive: number;
}

const clearAreaCheck = task(async (panelId: string) => {
  const r = await fetch(`https://tracking.deepcore.example/api/panels/${panelId}/occupancy`);
  return (await r.json()) as { personsInside: number; tagsMissing: string[] };
});

const pageShiftBoss = task(async (panelId: string, resume: string, cancel: string) => {
  await fetch("https://pager.deepcore.example/send", {
    method: "POST",
    body: JSON.stringify({ to: "shift-boss", text: `Blast approval for ${panelId}`, resume, cancel }),
  });
  return true;
});

const armAndFire = task(async (plan: BlastPlan) => {
  const r = await fetch("https://blast.deepcore.example/api/fire", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(plan),
  });
  return (await r.json()) as { fired: boolean; seismicEventId?: string };
});

export const main = workflow(async (plan: BlastPlan) => {
  const area = await clearAreaCheck(plan.panelId);
  if (area.personsInside > 0) return { fired: false, reason: "area occupied", missing: area.tagsMissing };

  const urls = await step("urls", () => getApprovalUrls("blast"));
  await pageShiftBoss(plan.panelId, urls.resume, urls.cancel);
  await waitForApproval({ key: "blast", timeout: 3600 });

  switch (true) {
    case plan.kgExplosive > 400:
      return { fired: false, reason: "charge above panel limit" };
    case new Date().getUTCHours() % 12 !== 0: // expect: WAC102
      return { fired: false, reason: "outside the blasting window" };
    default:
      return await armAndFire(plan);
  }
});
