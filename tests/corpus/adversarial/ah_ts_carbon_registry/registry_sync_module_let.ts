// SDK: windmill-client 1.818.0 client.mjs task(): the task runs as its own job in another process; its write to the module `let` never reaches the workflow's process, so the body's `lastSyncedVintage` stays 0 and the backfill always runs
import { task, workflow } from "windmill-client";

type Vintage = { year: number; projects: number; issuedTonnes: number };

let lastSyncedVintage = 0;
const syncedProjects = new Set<string>();

const pullVintages = task(async (registry: string): Promise<Vintage[]> => {
  const res = await fetch(`https://${registry}/api/vintages?since=1990`);
  const rows = (await res.json()) as Vintage[];
  lastSyncedVintage = Math.max(...rows.map((r) => r.year)); // expect: WAC104
  return rows;
});

const backfillVintage = task(async (registry: string, year: number) => {
  const res = await fetch(`https://${registry}/api/vintages/${year}/projects`);
  const ids = (await res.json()) as string[];
  return ids.length;
});

const writeWarehouse = task(async (rows: Vintage[]) => {
  await fetch("https://warehouse.verdant.example/ingest/vintages", { method: "PUT", body: JSON.stringify(rows) });
  return rows.length;
});

export const main = workflow(async (registry = "registry.verdant.example", fromYear = 2015) => {
  const vintages = await pullVintages(registry);
  const written = await writeWarehouse(vintages.filter((v) => v.year >= fromYear));
  let backfilled = 0;
  if (lastSyncedVintage < fromYear) {
    for (let y = fromYear; y <= 2025; y++) backfilled += await backfillVintage(registry, y);
  }
  for (const v of vintages) syncedProjects.add(`${registry}:${v.year}`);
  return { written, backfilled, synced: syncedProjects.size };
});
