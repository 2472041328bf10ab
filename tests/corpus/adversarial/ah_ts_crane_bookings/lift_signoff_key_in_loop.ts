// SDK: windmill-client 1.818.0 client.mjs _waitForApproval(): `_allocKey("rigger_signoff")` gives `rigger_signoff_2` on the second lift and the SDK throws "WAC step key ... is already used"
import { task, step, workflow, waitForApproval, getApprovalUrls } from "windmill-client";

// Ported from Inngest: `await step.waitForEvent("rigger-signoff", { event: "lift/signed", timeout: "2h", match: "data.liftId" })`
// inside a loop over the day's critical lifts.

type Lift = { id: string; craneId: string; loadKg: number; radiusM: number; critical: boolean };

const CHART_LIMIT_KG: Record<string, (radiusM: number) => number> = {
  LTM1100: (r) => (r <= 10 ? 38_000 : r <= 20 ? 16_500 : 7_200),
  MK88: (r) => (r <= 10 ? 4_000 : 1_800),
};

const postLiftPlan = task(async (lift: Lift, signoffUrl: string) => {
  await fetch("https://sitehub.ridgeway-build.example/api/lift-plans", {
    method: "POST",
    body: JSON.stringify({ ...lift, signoffUrl }),
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
  const released: string[] = [];
  for (const lift of lifts) {
    if (lift.loadKg > limit(lift.radiusM)) throw new Error(`${lift.id} exceeds the load chart`);
    if (lift.critical) {
      const urls = await step("signoff_urls", () => getApprovalUrls("rigger_signoff"));
      await postLiftPlan(lift, urls.resume);
      const signoff = await waitForApproval({ key: "rigger_signoff", timeout: 2 * 3600 }); // expect: WAC303
      if (!signoff.approved) continue;
    }
    if (await releaseCrane(lift.craneId, lift.id)) released.push(lift.id);
  }
  return { released };
});
