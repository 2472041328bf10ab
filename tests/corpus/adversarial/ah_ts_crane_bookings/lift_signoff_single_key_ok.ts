// SDK: windmill-client 1.818.0 client.mjs _waitForApproval(): one keyed approval for the whole day's critical lifts, its URLs read with getApprovalUrls in a step; the key is used once per run
import { task, step, workflow, waitForApproval, getApprovalUrls } from "windmill-client";

type Lift = { id: string; craneId: string; loadKg: number; radiusM: number; critical: boolean };

const CHART_LIMIT_KG: Record<string, (radiusM: number) => number> = {
  LTM1100: (r) => (r <= 10 ? 38_000 : r <= 20 ? 16_500 : 7_200),
  MK88: (r) => (r <= 10 ? 4_000 : 1_800),
};

const postLiftPlan = task(async (lifts: Lift[], signoffUrl: string) => {
  await fetch("https://sitehub.ridgeway-build.example/api/lift-plans", {
    method: "POST",
    body: JSON.stringify({ lifts, signoffUrl }),
  });
});

const releaseCrane = task(async (craneId: string, liftId: string) => {
  const r = await fetch(`https://sitehub.ridgeway-build.example/api/cranes/${craneId}/release`, {
    method: "POST",
    body: JSON.stringify({ liftId }),
  });
  return r.ok;
});

export const main = workflow(async (craneModel: "LTM1100" | "MK88", lifts: Lift[]) => {
  const limit = CHART_LIMIT_KG[craneModel];
  const over = lifts.filter((l) => l.loadKg > limit(l.radiusM));
  if (over.length > 0) throw new Error(`over the load chart: ${over.map((l) => l.id).join(", ")}`);
  const critical = lifts.filter((l) => l.critical);
  if (critical.length > 0) {
    const urls = await step("signoff_urls", () => getApprovalUrls("rigger_signoff"));
    await postLiftPlan(critical, urls.resume);
    const signoff = await waitForApproval({ key: "rigger_signoff", timeout: 2 * 3600 });
    if (!signoff.approved) return { released: [], rejectedBy: signoff.approver };
  }
  const released: string[] = [];
  for (const lift of lifts) {
    if (await releaseCrane(lift.craneId, lift.id)) released.push(lift.id);
  }
  return { released };
});
