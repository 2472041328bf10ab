// SDK: windmill-client 1.818.0 client.mjs: sleep(seconds) is the durable wait; node:timers/promises setTimeout in the body blocks the worker every round
import { setTimeout as delay } from "node:timers/promises";
import { task, step, workflow } from "windmill-client";

type Recipe = { nitrogenMl: number; potassiumMl: number; mixSeconds: number };

const dose = task(async (tankId: string, nutrient: string, ml: number) => {
  const res = await fetch(`https://gh.verdant.example/api/tanks/${tankId}/dose`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ nutrient, ml }),
  });
  return { nutrient, ml, ok: res.ok };
});

const measureEc = task(async (tankId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/tanks/${tankId}/ec`);
  return ((await res.json()) as { ec: number }).ec;
});

export const main = workflow(async (tankId: string, recipe: Recipe, targetEc: number) => {
  const doses = [];
  doses.push(await dose(tankId, "nitrogen", recipe.nitrogenMl));
  doses.push(await dose(tankId, "potassium", recipe.potassiumMl));

  // let the mixer run before measuring
  await delay(recipe.mixSeconds * 1000); // expect: WAC101

  const ec = await measureEc(tankId);
  const inRange = Math.abs(ec - targetEc) <= 0.2;
  return { tankId, doses, ec, inRange };
});
