// SDK: windmill-client 1.818.0 task() (client.mjs: at the executing key the child calls fn(...args) with the objects the replayed body passed, so destructured and defaulted parameters see the real arguments)
import { task, step, workflow } from "windmill-client";

type Region = "eu" | "us" | "ap";

const snapshotVolume = task(async function snapshotVolume(
  { volumeId, region }: { volumeId: string; region: Region },
  retentionDays = 14,
) {
  const res = await fetch(`https://cloud.internal/${region}/volumes/${volumeId}/snapshots`, {
    method: "POST",
    body: JSON.stringify({ retentionDays }),
  });
  return ((await res.json()) as { snapshotId: string }).snapshotId;
}, { timeout: 900, priority: 5, concurrency_limit: 3, concurrency_key: "snapshots", concurrency_time_window_s: 60 });

const pruneSnapshots = task(async function pruneSnapshots(...volumeIds: string[]) {
  const res = await fetch("https://cloud.internal/snapshots/prune", { method: "POST", body: JSON.stringify({ volumeIds }) });
  return ((await res.json()) as { pruned: number }).pruned;
});

export const main = workflow(async (volumes: { volumeId: string; region: Region }[], retentionDays?: number) => {
  const snapshots: string[] = [];
  for (const v of volumes) {
    snapshots.push(await snapshotVolume(v, retentionDays));
  }
  const pruned = await pruneSnapshots(...volumes.map((v) => v.volumeId));
  const label = await step("label", () => `${snapshots.length} snapshots, ${pruned} pruned`);
  return { snapshots, pruned, label };
});
