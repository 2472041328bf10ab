// SDK: windmill-client 1.818.0 a task thenable's then() throws StepSuspend; Promise.allSettled records it as "rejected" and the body goes on
import { task, workflow } from "windmill-client";

async function settleAll<T>(work: PromiseLike<T>[]): Promise<{ ok: T[]; failed: number }> {
  const results = await Promise.allSettled(work);
  const ok: T[] = [];
  let failed = 0;
  for (const r of results) {
    if (r.status === "fulfilled") ok.push(r.value);
    else failed++;
  }
  return { ok, failed };
}

const warmCache = task(async (cdnPath: string) => {
  const res = await fetch(`https://cdn.internal/purge-and-warm`, { method: "POST", body: JSON.stringify({ cdnPath }) });
  return { cdnPath, status: res.status };
});

const notifyRelease = task(async (version: string, warmed: number, failed: number) => {
  await fetch("https://hooks.internal/releases", { method: "POST", body: JSON.stringify({ version, warmed, failed }) });
  return true;
});

export const main = workflow(async (version: string, paths: string[]) => {
  const { ok, failed } = await settleAll(paths.map((p) => warmCache(p))); // expect: WAC202
  await notifyRelease(version, ok.length, failed);
  return { warmed: ok.map((o) => o.cdnPath), failed };
});
