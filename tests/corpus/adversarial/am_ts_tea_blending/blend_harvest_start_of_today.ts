// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; date-fns `startOfToday()` and `subDays(startOfToday(), n)` read the clock (`new Date()` inside), so the harvest window moves when a replay crosses midnight
import { task, workflow } from "windmill-client";
import { formatISO, startOfToday, subDays } from "date-fns";

const harvestReport = task(async function harvestReport(estate: string, from: string, to: string) {
  const r = await fetch(`https://estates.leafhouse.example/api/${estate}/harvests?from=${from}&to=${to}`);
  return (await r.json()) as { kilos: number; flushes: number };
});

const orderLeaf = task(async function orderLeaf(estate: string, kilos: number) {
  const r = await fetch("https://estates.leafhouse.example/api/orders", {
    method: "POST",
    body: JSON.stringify({ estate, kilos }),
  });
  return (await r.json()) as { orderId: string };
});

export const main = workflow(async (estate: string, days: number = 14) => {
  const to = formatISO(startOfToday(), { representation: "date" }); // expect: WAC102
  const from = formatISO(subDays(startOfToday(), days), { representation: "date" }); // expect: WAC102
  const report = await harvestReport(estate, from, to);
  const order = report.kilos > 200 ? await orderLeaf(estate, Math.floor(report.kilos * 0.25)) : null;
  return { estate, from, to, order };
});
