// SDK: windmill-client 1.818.0 client.mjs: `_raiseSuspend` parks each suspension and `_nextStep` starts with `_rethrowSwallowed()`, so the release task in the `finally` rethrows the parked `StepSuspend` instead of dispatching while the pulls are pending; it is dispatched once the `try` has finished (or failed with a TaskError, which it then lets through on the replay)
import { task, workflow } from "windmill-client";

type CaseRef = { matterId: string; court: string; caseNumber: string };

const acquireLock = task(async (matterIds: string[]) => {
  const r = await fetch("https://dms.lawfirm.example/api/locks", {
    method: "POST",
    body: JSON.stringify({ resources: matterIds.map((m) => `matter:${m}`), ttlSeconds: 3600 }),
  });
  return (await r.json()).lockId as string;
});

const releaseLock = task(async (lockId: string) => {
  await fetch(`https://dms.lawfirm.example/api/locks/${lockId}`, { method: "DELETE" });
  return lockId;
});

const pullCase = task(async (ref: CaseRef) => {
  const r = await fetch(`https://pacer-proxy.courtfile.example/${ref.court}/cases/${encodeURIComponent(ref.caseNumber)}`);
  return (await r.json()) as { parties: string[]; judge: string; status: string };
});

const saveCase = task(async (matterId: string, data: { parties: string[]; judge: string; status: string }) => {
  await fetch(`https://dms.lawfirm.example/api/matters/${matterId}/court-data`, {
    method: "PUT",
    body: JSON.stringify(data),
  });
  return matterId;
});

export const main = workflow(async (refs: CaseRef[]) => {
  const lockId = await acquireLock(refs.map((r) => r.matterId));
  const synced: string[] = [];
  try {
    for (const ref of refs) {
      const data = await pullCase(ref);
      synced.push(await saveCase(ref.matterId, data));
    }
  } finally {
    await releaseLock(lockId);
  }
  return { synced };
});
