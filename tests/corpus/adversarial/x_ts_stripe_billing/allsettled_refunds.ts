// SDK: windmill-client 1.818.0: Promise.allSettled resolves each task's { then } in a job; the StepSuspend thrown by then() becomes a { status: "rejected" } entry instead of leaving the body
import Stripe from "stripe";
import { task, workflow } from "windmill-client";

type RefundRequest = { chargeId: string; amountCents?: number; reason: "duplicate" | "requested_by_customer" };

const refundCharge = task(async (req: RefundRequest) => {
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
  const refund = await stripe.refunds.create({
    charge: req.chargeId,
    amount: req.amountCents,
    reason: req.reason,
  });
  return { id: refund.id, status: refund.status };
});

const recordRefunds = task(async (rows: { chargeId: string; refundId: string | null }[]) => {
  await fetch("https://ledger.internal/api/refunds/batch", { method: "POST", body: JSON.stringify(rows) });
  return rows.length;
});

export const main = workflow(async (requests: RefundRequest[]) => {
  const settled = await Promise.allSettled(requests.map((r) => refundCharge(r))); // expect: WAC202

  const rows = settled.map((s, i) => ({
    chargeId: requests[i].chargeId,
    refundId: s.status === "fulfilled" ? s.value.id : null,
  }));
  const failures = rows.filter((r) => r.refundId === null).length;
  await recordRefunds(rows);
  return { refunded: rows.length - failures, failures };
});
