// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; date-fns `parseISO` / `subDays` / `formatISO` of the `asOf` input are pure, so the window is the same in every round
import { task, workflow } from "windmill-client";
import { formatISO, parseISO, subDays } from "date-fns";

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

export const main = workflow(async (estate: string, asOf: string, days: number = 14) => {
  const end = parseISO(asOf);
  const to = formatISO(end, { representation: "date" });
  const from = formatISO(subDays(end, days), { representation: "date" });
  const report = await harvestReport(estate, from, to);
  const order = report.kilos > 200 ? await orderLeaf(estate, Math.floor(report.kilos * 0.25)) : null;
  return { estate, from, to, order };
});
