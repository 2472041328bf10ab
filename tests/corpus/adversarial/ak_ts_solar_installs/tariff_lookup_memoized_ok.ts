// SDK: windmill-client 1.818.0 index.js `_nextStep`: each task call allocates the next key (`tariff`, `tariff_2`, ...) in call order; lodash-es `memoize` keys on the first argument, so a repeated utility reuses the thenable of its first call (whose `then` resolves the checkpointed value again) and the calls made stay the same on every replay
// Agent-written: tariffs are looked up once per utility while a batch of sites is priced in order.
import { memoize } from "lodash-es";
import { task, workflow } from "windmill-client";

type Site = { siteId: string; utility: string; kwhPerYear: number };

const tariff = task(async function tariff(utility: string): Promise<{ centsPerKwh: number }> {
  const r = await fetch(`https://tariffs.sunroof.example/api/utilities/${utility}`);
  return (await r.json()) as { centsPerKwh: number };
});

const tariffFor = memoize(tariff);

const savePricing = task(async function savePricing(rows: { siteId: string; savingsCents: number }[]): Promise<void> {
  await fetch("https://crm.sunroof.example/api/pricing", { method: "POST", body: JSON.stringify(rows) });
});

export const main = workflow(async (sites: Site[]) => {
  const rows: { siteId: string; savingsCents: number }[] = [];
  for (const site of sites) {
    const { centsPerKwh } = await tariffFor(site.utility);
    rows.push({ siteId: site.siteId, savingsCents: Math.round(site.kwhPerYear * centsPerKwh) });
  }
  await savePricing(rows);
  return { priced: rows.length };
});
