// SDK: windmill-client 1.818.0 client.mjs: the release task runs once after the loop; a failed pull reaches the body as an Error named "TaskError" (`taskErrorFromMarker`), which the guarded catch releases on and rethrows, while anything else (the `StepSuspend`) is rethrown first
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
  } catch (e) {
    if (!(e instanceof Error) || e.name !== "TaskError") throw e;
    await releaseLock(lockId);
    throw e;
  }
  await releaseLock(lockId);
  return { synced };
});
