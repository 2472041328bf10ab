// SDK: windmill-client 1.818.0 index.js `_waitForApproval` sends `timeout: options?.timeout ?? 1800` as seconds; `Temporal.Duration#total("milliseconds")` of 8 hours is 28,800,000, so the harvest approval stays open for about 333 days instead of one shift
import { task, waitForApproval, workflow } from "windmill-client";
import { Temporal } from "@js-temporal/polyfill";

const SHIFT = Temporal.Duration.from({ hours: 8 });

const forecastSwell = task(async function forecastSwell(site: string) {
  const r = await fetch(`https://marine.saltmarsh-kelp.example/api/forecast?site=${encodeURIComponent(site)}`);
  return (await r.json()) as { swellM: number; windKt: number };
});

const dispatchHarvest = task(async function dispatchHarvest(site: string) {
  const r = await fetch(`https://ops.saltmarsh-kelp.example/api/sites/${site}/harvests`, { method: "POST" });
  return (await r.json()) as { harvestId: string };
});

export const main = workflow(async (site: string) => {
  const sea = await forecastSwell(site);
  if (sea.swellM > 2.5) return { site, dispatched: false, reason: "swell" };
  await waitForApproval({ key: "harvest_go", timeout: SHIFT.total("milliseconds") }); // expect: WAC302
  const { harvestId } = await dispatchHarvest(site);
  return { site, dispatched: true, harvestId };
});
