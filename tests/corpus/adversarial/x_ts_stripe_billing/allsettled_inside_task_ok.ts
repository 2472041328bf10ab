// SDK: windmill-client 1.818.0 task(): the task body runs in its own job (_executingKey path: fn(...args) directly), so Promise.allSettled over fetches there catches only HTTP failures
import Stripe from "stripe";
import { task, workflow } from "windmill-client";

type Payout = { accountId: string; amountCents: number };

const sendPayouts = task(async (payouts: Payout[]) => {
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
  const settled = await Promise.allSettled(
    payouts.map((p) =>
      stripe.transfers.create({ amount: p.amountCents, currency: "usd", destination: p.accountId }),
    ),
  );
  return settled.map((s, i) => ({
    accountId: payouts[i].accountId,
    transferId: s.status === "fulfilled" ? s.value.id : null,
    error: s.status === "rejected" ? String(s.reason) : null,
  }));
});

const notifyFinance = task(async (failed: string[]) => {
  if (failed.length === 0) return;
  await fetch(process.env.FINANCE_WEBHOOK!, { method: "POST", body: JSON.stringify({ failed }) });
});

export const main = workflow(async (payouts: Payout[]) => {
  const results = await sendPayouts(payouts);
  const failed = results.filter((r) => r.transferId === null).map((r) => r.accountId);
  await notifyFinance(failed);
  return { sent: results.length - failed.length, failed };
});
