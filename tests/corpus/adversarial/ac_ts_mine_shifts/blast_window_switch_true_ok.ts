// SDK: windmill-client 1.818.0 client.mjs: the clock is read once inside step(); the `switch (true)` cases test only inputs and checkpointed values
import { task, step, workflow, waitForApproval, getApprovalUrls } from "windmill-client";

interface BlastPlan {
  panelId: string;
  kgExplosive: number;
}

const clearAreaCheck = task(async (panelId: string) => {
  const r = await fetch(`https://tracking.deepcore.example/api/panels/${panelId}/occupancy`);
  return (await r.json()) as { personsInside: number };
});

const pageShiftBoss = task(async (panelId: string, resume: string) => {
  await fetch("https://pager.deepcore.example/send", { method: "POST", body: JSON.stringify({ panelId, resume }) });
  return true;
});

const armAndFire = task(async (plan: BlastPlan) => {
  const r = await fetch("https://blast.deepcore.example/api/fire", { method: "POST", body: JSON.stringify(plan) });
  return (await r.json()) as { fired: boolean };
});

export const main = workflow(async (plan: BlastPlan) => {
  const area = await clearAreaCheck(plan.panelId);
  const urls = await step("urls", () => getApprovalUrls("blast"));
  await pageShiftBoss(plan.panelId, urls.resume);
  await waitForApproval({ key: "blast", timeout: 3600 });
  const utcHour = await step("utc_hour", () => new Date().getUTCHours());

  switch (true) {
    case area.personsInside > 0:
      return { fired: false, reason: "area occupied" };
    case plan.kgExplosive > 400:
      return { fired: false, reason: "charge above panel limit" };
    case utcHour % 12 !== 0:
      return { fired: false, reason: "outside the blasting window" };
    default:
      return await armAndFire(plan);
  }
});
