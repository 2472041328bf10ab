// SDK: windmill-client 1.818.0 client.mjs: the body re-runs after every task, and unwinds with StepSuspend at every dispatch; `using stack` runs the deferred callback at block exit each time, so the DELETE is sent once per round.
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

export const main = workflow(async (volumeId: string, regions: string[]) => {
  using stack = new DisposableStack();
  stack.defer(() => {
    void fetch(`https://storage.example.com/volumes/${volumeId}/lock`, { method: "DELETE" }); // expect: WAC101
  });
  const snapshotId = await snapshot(volumeId);
  const copies: string[] = [];
  for (const region of regions) copies.push(await copyToRegion(snapshotId, region));
  return { snapshotId, copies };
});
