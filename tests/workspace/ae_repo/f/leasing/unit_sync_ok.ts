// Nightly unit sync (reviewed): the vacancy list is read per building as an array.
import { step, task, workflow } from "/f/platform/wac.ts";
import { unitKey } from "/f/leasing/units.ts";

const vacantKeys = task(async (buildingId: string): Promise<string[]> => {
  const resp = await fetch(`https://pms.internal/buildings/${buildingId}/vacant`);
  const units = (await resp.json()) as string[];
  return units.map((u) => unitKey(buildingId, u));
});

const publish = task(async (key: string, site: string) => {
  const resp = await fetch(`https://listings.internal/${site}/units`, {
    method: "PUT",
    body: JSON.stringify({ unit: key }),
  });
  return resp.status;
});

export const main = workflow(async (buildingIds: string[], sites: string[] = ["zillow", "apartments"]) => {
  const published: string[] = [];
  for (const building of buildingIds) {
    const vacant = new Set(await vacantKeys(building));
    for (const key of [...vacant].sort()) {
      for (const site of sites) {
        await publish(key, site);
      }
      published.push(key);
    }
  }
  await step("published_count", () => published.length);
  return { published };
});
