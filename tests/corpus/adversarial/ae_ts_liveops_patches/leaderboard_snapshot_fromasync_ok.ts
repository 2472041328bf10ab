// SDK: windmill-client 1.818.0 client.mjs: `Array.fromAsync(xs, fn)` awaits each `fn(x)` in order, so task calls are dispatched one per round, in input order, and every result is awaited
import { task, step, workflow } from "windmill-client";

type Region = { id: string; seasonEndsAt: string };

const snapshotRegion = task(async (regionId: string, season: number) => {
  const r = await fetch(`https://ranked.stormforge-games.example/regions/${regionId}/seasons/${season}/snapshot`, {
    method: "POST",
  });
  return (await r.json()) as { regionId: string; players: number; top: string[] };
});

const grantRewards = task(async (regionId: string, playerIds: string[], season: number) => {
  await fetch(`https://inventory.stormforge-games.example/grants`, {
    method: "POST",
    body: JSON.stringify({ regionId, playerIds, item: `season-${season}-champion-banner` }),
  });
  return playerIds.length;
});

export const main = workflow(async (regions: Region[], season: number) => {
  const closedAt = await step("closed_at", () => new Date().toISOString());
  const due = regions.filter((r) => r.seasonEndsAt <= closedAt).map((r) => r.id).sort();
  const snapshots = await Array.fromAsync(due, (id) => snapshotRegion(id, season));
  let granted = 0;
  for (const snap of snapshots) {
    granted += await grantRewards(snap.regionId, snap.top.slice(0, 100), season);
  }
  return { season, closedAt, regions: snapshots.length, granted };
});
