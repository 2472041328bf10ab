// SDK: windmill-client 1.818.0 client.mjs: step("default_target_ec") checkpoints the env read; ??= with a task call takes a key only when the input lacks the value
import { task, step, workflow } from "windmill-client";

type DosePlan = { tankId: string; targetEc?: number; maxMl?: number };

const measureEc = task(async (tankId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/tanks/${tankId}/ec`);
  return ((await res.json()) as { ec: number }).ec;
});

const cropTargetEc = task(async (tankId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/tanks/${tankId}/crop`);
  return ((await res.json()) as { targetEc: number | null }).targetEc;
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
  plan.targetEc ??= (await cropTargetEc(plan.tankId)) ?? undefined;
  plan.targetEc ??= await step("default_target_ec", () => Number(process.env.DEFAULT_TARGET_EC ?? "1.8"));

  const ec = await measureEc(plan.tankId);
  if (ec >= plan.targetEc) {
    return { tankId: plan.tankId, dosed: 0, ec };
  }
  const ml = Math.min(plan.maxMl, Math.round((plan.targetEc - ec) * 120));
  const r = await dose(plan.tankId, ml);
  return { tankId: plan.tankId, dosed: r.ok ? ml : 0, ec };
});
