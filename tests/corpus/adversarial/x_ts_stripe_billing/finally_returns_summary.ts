// SDK: windmill-client 1.818.0: the StepSuspend thrown by an awaited task is an exception in flight; a `return` in finally replaces it with the return value
import { task, workflow } from "windmill-client";

type CreditNote = { customerId: string; amountCents: number; reason: string };

const applyCredit = task(async (note: CreditNote) => {
  const r = await fetch(`https://api.stripe.com/v1/customers/${note.customerId}/balance_transactions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` },
    body: new URLSearchParams({ amount: String(-note.amountCents), currency: "usd", description: note.reason }),
  });
  return r.ok;
});

export const main = workflow(async (notes: CreditNote[]) => {
  const applied: string[] = [];
  const failed: string[] = [];
  try {
    for (const n of notes) {
      if (await applyCredit(n)) applied.push(n.customerId);
      else failed.push(n.customerId);
    }
  } finally {
    console.log(`credits: ${applied.length} applied, ${failed.length} failed`);
    return { applied, failed }; // expect: WAC203
  }
});
