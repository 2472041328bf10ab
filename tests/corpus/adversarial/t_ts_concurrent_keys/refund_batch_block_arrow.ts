// SDK: client.mjs 1.818.0 task wrapper returns the thenable of _nextStep; an arrow with a block body and no `return` hands `undefined` to Promise.all, so the task call's result and failure are dropped (only logged as "failed but was never awaited")
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

const recordLedger = task(async function recordLedger(entries: Array<{ chargeId: string; amountCents: number }>) {
  const res = await fetch("https://ledger.internal/api/entries", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(entries.map((e) => ({ ...e, kind: "refund" }))),
  });
  return { recorded: entries.length, ok: res.ok };
});

export const main = workflow(async (requests: RefundRequest[]) => {
  const eligible = requests.filter((r) => r.amountCents > 0);

  await Promise.all(
    eligible.map((r) => {
      console.log(`refunding ${r.chargeId} (${r.reason})`);
      refundCharge(r.chargeId, r.amountCents, r.reason); // expect: WAC106
    }),
  );

  const ledger = await recordLedger(eligible.map((r) => ({ chargeId: r.chargeId, amountCents: r.amountCents })));
  return { refunded: eligible.length, ledger };
});
