// SDK: windmill-client 1.818.0 client.mjs: the body re-runs from the top after the approval; `new Date().getUTCHours()` is read again on that replay, so a run that straddles the hour takes the other branch and dispatches a different task sequence than the checkpoint holds
import { task, step, waitForApproval, getResumeUrls, workflow } from "windmill-client";
import pino from "pino";

const log = pino({ name: "surge" });

type Zone = { zoneId: string; demand: number; supply: number };
const PEAK_HOURS_UTC = new Set([7, 8, 9, 16, 17, 18]);

const loadZones = task(async (cityId: string): Promise<Zone[]> => {
  const r = await fetch(`https://pricing.citycycle.example/cities/${cityId}/zones/live`);
  return (await r.json()) as Zone[];
});

const setMultiplier = task(async (zoneId: string, multiplier: number) => {
  await fetch(`https://pricing.citycycle.example/zones/${zoneId}/multiplier`, {
    method: "PUT",
    body: JSON.stringify({ multiplier }),
  });
  return { zoneId, multiplier };
});

const notifyPricingDesk = task(async (text: string, approvalPage: string) => {
  await fetch("https://hooks.slack.example/services/T00/B00/pricing", {
    method: "POST",
    body: JSON.stringify({ text: `${text}\n${approvalPage}` }),
  });
});

export const main = workflow(async (cityId: string, cap = 2.5) => {
  const t0 = performance.now();
  const zones = await loadZones(cityId);
  const hot = zones.filter((z) => z.demand > z.supply * 1.3);
  log.info({ hot: hot.length, ms: performance.now() - t0 }, "zones loaded");
  if (hot.length === 0) return { changed: [] };

  const urls = await step("urls", () => getResumeUrls());
  await notifyPricingDesk(`Surge proposed for ${hot.length} zones`, urls.approvalPage);
  const decision = await waitForApproval({ timeout: 1800 });
  if (!decision.approved) return { changed: [] };

  const peak = PEAK_HOURS_UTC.has(new Date().getUTCHours()); // expect: WAC102
  const changed = [];
  for (const z of hot) {
    const raw = z.demand / Math.max(z.supply, 1);
    const m = Math.min(peak ? raw * 1.2 : raw, cap);
    changed.push(await setMultiplier(z.zoneId, Number(m.toFixed(2))));
  }
  return { changed };
});
