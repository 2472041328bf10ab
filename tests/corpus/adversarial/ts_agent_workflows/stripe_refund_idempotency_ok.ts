// SDK: windmill-client 1.818.0 client.mjs: the same refund workflow written correctly: the idempotency key derived from the charge id and amount (the same every replay), the approval keyed.
import Stripe from "stripe";
import { task, waitForApproval, workflow } from "windmill-client";

type RefundRequest = { chargeId: string; amountCents: number; reason: "duplicate" | "fraudulent" | "requested_by_customer" };

const APPROVAL_THRESHOLD_CENTS = 50_000;
const stripe = new Stripe(Bun.env.STRIPE_KEY ?? "sk_test_placeholder");

const loadCharge = task(async (chargeId: string) => {
  const c = await stripe.charges.retrieve(chargeId);
  return { id: c.id, amount: c.amount, refunded: c.amount_refunded, currency: c.currency, customer: String(c.customer ?? "") };
});

const issueRefund = task(async (chargeId: string, amountCents: number, reason: RefundRequest["reason"], idempotencyKey: string) => {
  const refund = await stripe.refunds.create({ charge: chargeId, amount: amountCents, reason }, { idempotencyKey });
  return { refundId: refund.id, status: refund.status };
});

const emailCustomer = task(async (customerId: string, body: string) => {
  const r = await fetch("https://api.postmarkapp.com/email", { method: "POST", body: JSON.stringify({ customerId, body }) });
  return { sent: r.ok };
});

export const main = workflow(async (req: RefundRequest, notifyCustomer: boolean = true) => {
  const charge = await loadCharge(req.chargeId);
  const refundable = charge.amount - charge.refunded;
  if (req.amountCents > refundable) {
    return { ok: false, error: `only ${refundable} ${charge.currency} left to refund` };
  }
  if (req.amountCents >= APPROVAL_THRESHOLD_CENTS) {
    const decision = await waitForApproval({ key: "finance", timeout: 86400 });
    if (!decision.approved) return { ok: false, error: "refund rejected" };
  }
  const idempotencyKey = `refund-${req.chargeId}-${req.amountCents}`;
  const refund = await issueRefund(req.chargeId, req.amountCents, req.reason, idempotencyKey);
  if (notifyCustomer && charge.customer) {
    const amount = (req.amountCents / 100).toFixed(2);
    await emailCustomer(charge.customer, `We refunded ${amount} ${charge.currency.toUpperCase()} to your card.`);
  }
  return { ok: true, ...refund, amount: req.amountCents };
});
