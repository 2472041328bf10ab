// SDK: windmill-client 1.818.0 dist/index.mjs and dist/index.d.ts export no `TaskError` (wacError.mjs only sets `err.name = "TaskError"`), so this ESM import fails when the script loads.
import { task, workflow, TaskError } from "windmill-client"; // expect: WAC204

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
    if (e instanceof TaskError) return { vendorId, failed: true };
    throw e;
  }
});
