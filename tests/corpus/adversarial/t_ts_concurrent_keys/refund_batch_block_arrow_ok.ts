// SDK: client.mjs 1.818.0 task wrapper returns the thenable of _nextStep; Promise.all adopts it when the block-bodied arrow returns it
import { task, workflow } from "windmill-client";

type RefundRequest = { chargeId: string; amountCents: number; reason: "duplicate" | "fraudulent" | "requested_by_customer" };

const refundCharge = task(async function refundCharge(chargeId: string, amountCents: number, reason: string) {
  const body = new URLSearchParams({ charge: chargeId, amount: String(amountCents), reason });
  const res = await fetch("https://api.stripe.com/v1/refunds", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` },
    body,
  });
  if (!res.ok) throw new Error(`stripe refund ${chargeId}: ${res.status}`);
  const refund = (await res.json()) as { id: string; status: string };
  return { chargeId, refundId: refund.id, status: refund.status };
});

export const main = workflow(async (requests: RefundRequest[]) => {
  const eligible = requests.filter((r) => r.amountCents > 0);

  const refunds = await Promise.all(
    eligible.map((r) => {
      console.log(`refunding ${r.chargeId} (${r.reason})`);
      return refundCharge(r.chargeId, r.amountCents, r.reason);
    }),
  );

  const failed = refunds.filter((r) => r.status !== "succeeded").map((r) => r.chargeId);
  return { refunded: refunds.length - failed.length, failed };
});
