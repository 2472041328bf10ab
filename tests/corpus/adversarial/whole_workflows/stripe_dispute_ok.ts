// SDK: windmill-client 1.818.0 client.mjs: only task/step/sleep/approval are durable; Stripe.webhooks.constructEvent checks the HMAC locally (no request), so it may run in the body; the Stripe client is used only inside tasks.
import Stripe from "stripe";
import { sleep, step, task, workflow } from "windmill-client";

const stripe = new Stripe(process.env.STRIPE_SECRET ?? "", { apiVersion: "2024-06-20" });
const EVIDENCE_DELAY_S = 2 * 24 * 3600;

const collectEvidence = task(async (chargeId: string) => {
  const charge = await stripe.charges.retrieve(chargeId, { expand: ["customer"] });
  const res = await fetch(`https://orders.internal/api/by-charge/${chargeId}`);
  const order = (await res.json()) as { trackingNumber?: string; deliveredAt?: string };
  return {
    customerEmail: (charge.customer as Stripe.Customer | null)?.email ?? undefined,
    shippingTrackingNumber: order.trackingNumber,
    shippingDate: order.deliveredAt,
  };
});

const submitEvidence = task(async (disputeId: string, evidence: Record<string, string | undefined>) => {
  const updated = await stripe.disputes.update(disputeId, { evidence, submit: true });
  return updated.status;
});

const disputeStatus = task(async (disputeId: string) => (await stripe.disputes.retrieve(disputeId)).status);

export const main = workflow(async (payload: string, signature: string, webhookSecret: string) => {
  // verifying the signature is a pure HMAC over the inputs: same answer on every replay
  const event = Stripe.webhooks.constructEvent(payload, signature, webhookSecret);
  if (event.type !== "charge.dispute.created") {
    return { ignored: event.type };
  }
  const dispute = event.data.object as Stripe.Dispute;
  const chargeId = typeof dispute.charge === "string" ? dispute.charge : dispute.charge.id;

  const evidence = await collectEvidence(chargeId);
  if (!evidence.shippingTrackingNumber) {
    return { dispute: dispute.id, submitted: false, reason: "no tracking number" };
  }

  // give support two days to attach notes before submitting
  await sleep(EVIDENCE_DELAY_S);
  const status = await submitEvidence(dispute.id, evidence);
  const checked = await step("checked_status", () => status);
  const latest = await disputeStatus(dispute.id);
  return { dispute: dispute.id, submitted: true, status: checked, latest };
});
