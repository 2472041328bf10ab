// SDK: windmill-client 1.818.0 client.mjs workflow(): the body re-runs each round; Reflect.apply calls the POSTing helper right there, so the mat placement is filed again after every task and approval
import { task, workflow, waitForApproval } from "windmill-client";

type Outrigger = { pad: "A" | "B" | "C" | "D"; kN: number };
type Setup = { craneId: string; site: string; outriggers: Outrigger[]; matAreaM2: number };

const GROUND_CAPACITY_KPA = 200;

async function fileMatPlacement(setup: Setup, pressuresKpa: number[]) {
  await fetch(`https://sitehub.ridgeway-build.example/api/sites/${setup.site}/mats`, {
    method: "POST",
    body: JSON.stringify({ craneId: setup.craneId, pressuresKpa }),
  });
}

const orderExtraMats = task(async (site: string, count: number) => {
  const r = await fetch("https://hire.liftsense.example/v1/mats", { method: "POST", body: JSON.stringify({ site, count }) });
  return (await r.json()).deliveryRef as string;
});

export const main = workflow(async (setup: Setup) => {
  const pressures = setup.outriggers.map((o) => Math.round(o.kN / setup.matAreaM2));
  Reflect.apply(fileMatPlacement, undefined, [setup, pressures]); // expect: WAC101
  const over = pressures.filter((p) => p > GROUND_CAPACITY_KPA).length;
  if (over === 0) return { ok: true, pressures };
  const deliveryRef = await orderExtraMats(setup.site, over * 2);
  const engineer = await waitForApproval({ timeout: 8 * 3600 });
  return { ok: engineer.approved, pressures, deliveryRef };
});
