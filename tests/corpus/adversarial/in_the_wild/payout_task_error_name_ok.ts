// SDK: windmill-client 1.818.0 wacError.mjs taskErrorFromMarker: a failed task is an `Error` whose name is "TaskError" and whose `result.error` holds the child's error; `import type` is erased at run time.
import { task, workflow } from "windmill-client";

type TaskFailure = Error & { result?: { error?: { name?: string; message?: string } } };

const payout = task(async (vendorId: string, cents: number) => {
  const r = await fetch(`https://payouts.example.com/vendors/${vendorId}`, {
    method: "POST",
    body: JSON.stringify({ cents }),
  });
  if (!r.ok) throw new Error(`payout failed: ${r.status}`);
  return { vendorId, cents };
});

export const main = workflow(async (vendorId: string, cents: number) => {
  try {
    return await payout(vendorId, cents);
  } catch (e) {
    if ((e as TaskFailure)?.name !== "TaskError") throw e;
    return { vendorId, failed: true, reason: (e as TaskFailure).result?.error?.message };
  }
});
