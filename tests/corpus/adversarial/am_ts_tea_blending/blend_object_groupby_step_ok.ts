// SDK: windmill-client 1.818.0 index.js: `_runInlineStep` returns the step's result after `JSON.stringify`; `Object.groupBy` gives a null-prototype plain object of arrays, which JSON keeps (keys and arrays), so indexing it by origin works in every round
import { step, task, workflow } from "windmill-client";

type Leaf = { lot: string; origin: string; grade: string; kilos: number };

const loadStock = task(async function loadStock(warehouse: string) {
  const r = await fetch(`https://stock.leafhouse.example/api/${warehouse}/leaves`);
  return (await r.json()) as Leaf[];
});

const planBlend = task(async function planBlend(origin: string, lots: string[]) {
  const r = await fetch("https://plan.leafhouse.example/api/blends", {
    method: "POST",
    body: JSON.stringify({ origin, lots }),
  });
  return (await r.json()) as { planId: string };
});

export const main = workflow(async (warehouse: string, origins: string[]) => {
  const leaves = await loadStock(warehouse);
  const byOrigin = await step("group_by_origin", () => Object.groupBy(leaves, (l) => l.origin));
  const plans = [];
  for (const origin of origins) {
    const lots = (byOrigin[origin] ?? []).map((l) => l.lot);
    if (lots.length > 0) plans.push(await planBlend(origin, lots));
  }
  return plans;
});
