// SDK: windmill-oracle sig (windmill-parser-wasm-ts parse_deno): a destructured first parameter of main is read as one object input named `anon1`, so a schedule or webhook sending `{ cave, wheels }` calls main(undefined) and the destructuring throws
import { step, task, workflow } from "windmill-client";

type Wheel = { id: string; make: string; ageDays: number };
type AffinagePlan = { cave?: string; wheels: Wheel[]; turnEveryDays?: number };

const scheduleTurns = task(async (cave: string, wheelIds: string[], everyDays: number) => {
  const r = await fetch(`https://planner.affinage.example/caves/${cave}/turns`, {
    method: "POST",
    body: JSON.stringify({ wheelIds, everyDays }),
  });
  return ((await r.json()) as { planId: string }).planId;
});

const notifyCellarMaster = task(async (cave: string, planId: string, count: number) => {
  await fetch("https://hooks.affinage.example/cellar-master", {
    method: "POST",
    body: JSON.stringify({ text: `Plan ${planId}: ${count} wheels in ${cave}` }),
  });
});

export const main = workflow(async ({ cave = "north", wheels, turnEveryDays = 3 }: AffinagePlan) => { // expect: WAC902
  const young = wheels.filter((w) => w.ageDays < 90).map((w) => w.id);
  const old = wheels.filter((w) => w.ageDays >= 90).map((w) => w.id);
  const youngPlan = young.length ? await scheduleTurns(cave, young, turnEveryDays) : null;
  const oldPlan = old.length ? await scheduleTurns(cave, old, turnEveryDays * 2) : null;
  for (const planId of [youngPlan, oldPlan]) {
    if (planId) await notifyCellarMaster(cave, planId, wheels.length);
  }
  return await step("plans", () => ({ youngPlan, oldPlan }));
});
