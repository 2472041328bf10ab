// SDK: windmill-client 1.818.0 client.mjs: step keys come from the name (_allocKey); the module re-runs each round so a module-level randomUUID is another name each round
import { task, step, workflow } from "windmill-client";

const SESSION = crypto.randomUUID().slice(0, 8);

const dose = task(async (tankId: string, nutrient: string, ml: number) => {
  const res = await fetch(`https://gh.verdant.example/api/tanks/${tankId}/dose`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ nutrient, ml }),
  });
  return { nutrient, ml, ok: res.ok };
});

export const main = workflow(async (tankId: string, plan: { nutrient: string; ml: number }[]) => {
  const results = [];
  for (const p of plan) {
    results.push(await dose(tankId, p.nutrient, p.ml));
  }

  const logged = await step(`dosing_log_${SESSION}`, async () => { // expect: WAC103, WAC102
    const res = await fetch("https://gh.verdant.example/api/logbook", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tankId, results }),
    });
    return res.ok;
  });

  return { tankId, results, logged };
});
