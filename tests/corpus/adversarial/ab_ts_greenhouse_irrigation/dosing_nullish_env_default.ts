// SDK: windmill-client 1.818.0 client.mjs: only step() results are replayed; process.env read in the body may differ between the workers of two rounds
import { task, step, workflow } from "windmill-client";

type DosePlan = { tankId: string; targetEc?: number; maxMl?: number };

const measureEc = task(async (tankId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/tanks/${tankId}/ec`);
  return ((await res.json()) as { ec: number }).ec;
});

const dose = task(async (tankId: string, ml: number) => {
  const res = await fetch(`https://gh.verdant.example/api/tanks/${tankId}/dose`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ nutrient: "a+b", ml }),
  });
  return { ml, ok: res.ok };
});

export const main = workflow(async (plan: DosePlan) => {
  plan.maxMl ??= 250;
  plan.targetEc ??= Number(process.env.DEFAULT_TARGET_EC ?? "1.8"); // expect: WAC102

  const ec = await measureEc(plan.tankId);
  if (ec >= plan.targetEc) {
    return { tankId: plan.tankId, dosed: 0, ec };
  }
  const ml = Math.min(plan.maxMl, Math.round((plan.targetEc - ec) * 120));
  const r = await dose(plan.tankId, ml);
  return { tankId: plan.tankId, dosed: r.ok ? ml : 0, ec };
});
