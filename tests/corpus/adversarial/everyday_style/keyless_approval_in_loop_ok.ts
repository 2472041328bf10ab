// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: without a key the approvals are numbered approval, approval_2, ..., so a loop of them is fine.
import { task, waitForApproval, workflow } from "windmill-client";

const pay = task(async (vendor: string, cents: number) => ({ vendor, cents, paid: true }));

export const main = workflow(async (payouts: { vendor: string; cents: number }[]) => {
  const done = [];
  for (const p of payouts) {
    if (p.cents > 100_000) {
      const ok = await waitForApproval({ timeout: 86400 });
      if (!ok.approved) continue;
    }
    done.push(await pay(p.vendor, p.cents));
  }
  return done;
});
