// SDK: windmill-client 1.818.0 index.js: a task's result crosses JSON; `Object.groupBy` (and lodash-es `groupBy`) build plain objects of arrays (a null-prototype object for `Object.groupBy`), which `JSON.stringify` writes whole, unlike `Map.groupBy`
// Agent-written: installers grouped by region in a task, then one dispatch per region in the body.
import { groupBy } from "lodash-es";
import { task, workflow } from "windmill-client";

type Installer = { id: string; region: string; certified: boolean };

const loadRoster = task(async function loadRoster(week: string) {
  const r = await fetch(`https://hr.sunroof.example/api/roster?week=${week}`);
  const crew = (await r.json()) as Installer[];
  return {
    byRegion: Object.groupBy(crew, (i) => i.region),
    certifiedByRegion: groupBy(crew.filter((i) => i.certified), "region"),
  };
});

const dispatchRegion = task(async function dispatchRegion(region: string, installerIds: string[]): Promise<void> {
  await fetch("https://ops.sunroof.example/api/dispatch", { method: "POST", body: JSON.stringify({ region, installerIds }) });
});

export const main = workflow(async (week: string) => {
  const roster = await loadRoster(week);
  const regions = Object.keys(roster.byRegion).sort();
  for (const region of regions) {
    const ids = (roster.certifiedByRegion[region] ?? []).map((i) => i.id);
    if (ids.length > 0) await dispatchRegion(region, ids);
  }
  return { regions };
});
