import * as wmill from "windmill-client";

export async function main(payoutId: string, amountCents: number, currency: string, iban: string) {
  const rail = await wmill.getResource("f/ops/payout_rail");
  const res = await fetch(`${rail.baseUrl}/payouts`, {
    method: "POST",
    headers: { Authorization: `Bearer ${rail.token}`, "Idempotency-Key": payoutId },
    body: JSON.stringify({ id: payoutId, amount: amountCents, currency, iban }),
  });
  if (!res.ok) throw new Error(`payout ${payoutId} rejected: ${res.status}`);
  return { payoutId, status: "submitted" };
}
