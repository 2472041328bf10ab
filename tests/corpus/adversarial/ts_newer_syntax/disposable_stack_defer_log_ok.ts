// SDK: windmill-client 1.818.0 client.mjs: the deferred callback only logs (it runs at every unwinding, which is harmless); the lock is released by a task after the copies.
import { task, workflow } from "windmill-client";

const snapshot = task(async (volumeId: string) => {
  const res = await fetch(`https://storage.example.com/volumes/${volumeId}/snapshots`, { method: "POST" });
  return ((await res.json()) as { snapshotId: string }).snapshotId;
});

const copyToRegion = task(async (snapshotId: string, region: string) => {
  const res = await fetch(`https://storage.example.com/snapshots/${snapshotId}/copy`, {
    method: "POST",
    body: JSON.stringify({ region }),
  });
  return ((await res.json()) as { copyId: string }).copyId;
});

const releaseLock = task(async (volumeId: string) => {
  await fetch(`https://storage.example.com/volumes/${volumeId}/lock`, { method: "DELETE" });
  return true;
});

export const main = workflow(async (volumeId: string, regions: string[]) => {
  using stack = new DisposableStack();
  stack.defer(() => console.log(`leaving snapshot round for ${volumeId}`));
  const snapshotId = await snapshot(volumeId);
  const copies: string[] = [];
  for (const region of regions) copies.push(await copyToRegion(snapshotId, region));
  await releaseLock(volumeId);
  return { snapshotId, copies };
});
