// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: APPROVAL_KEY is the same string on every pass; the second pass throws 'WAC step key "payout" is already used'.
import { task, waitForApproval, workflow } from "windmill-client";

const APPROVAL_KEY = "payout";

const pay = task(async (vendor: string, cents: number) => ({ vendor, cents, paid: true }));

export const main = workflow(async (payouts: { vendor: string; cents: number }[]) => {
  const done = [];
  for (const p of payouts) {
    if (p.cents > 100_000) {
      const ok = await waitForApproval({ key: APPROVAL_KEY, timeout: 86400 }); // expect: WAC303
      if (!ok.approved) continue;
    }
    done.push(await pay(p.vendor, p.cents));
  }
  return done;
});
