// Nightly unit sync: push every vacant unit of the portfolio to the listing sites.
import { step, task, workflow } from "/f/platform/wac.ts";
import { loadUnits, vacantUnits } from "/f/leasing/index.ts";

const publish = task(async (unitKey: string, site: string) => {
  const resp = await fetch(`https://listings.internal/${site}/units`, {
    method: "PUT",
    body: JSON.stringify({ unit: unitKey }),
  });
  return resp.status;
});

export const main = workflow(async (buildingIds: string[], sites: string[] = ["zillow", "apartments"]) => {
  const units = await loadUnits(buildingIds); // expect: WAC107
  const published: string[] = [];
  for (const [building, keys] of units) {
    const v = await vacantUnits(building); // expect: WAC107
    for (const key of keys) {
      if (!v.vacant.has(key)) continue;
      for (const site of sites) {
        await publish(key, site);
      }
      published.push(key);
    }
  }
  await step("published_count", () => published.length);
  return { published };
});
