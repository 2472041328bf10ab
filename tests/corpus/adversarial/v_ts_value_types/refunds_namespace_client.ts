// SDK: windmill-client 1.818.0 workflow() body replays from the top every round: a POST in a helper the body calls is sent again each round
// Refund batch with a namespace wrapping the payment provider's REST API.
import { task, workflow } from "windmill-client";

namespace Payments {
  const BASE = "https://api.payments.example.com/v1";

  export async function refund(key: string, chargeId: string, amountCents: number) {
    const r = await fetch(`${BASE}/refunds`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "idempotency-key": `refund-${chargeId}` },
      body: JSON.stringify({ charge: chargeId, amount: amountCents }),
    });
    return (await r.json()) as { id: string; status: string };
  }

  export function cents(amount: number): number {
    return Math.round(amount * 100);
  }
}

const eligibleCharges = task(async (customerId: string) => {
  const r = await fetch(`https://orders.example.com/customers/${customerId}/refundable`);
  return (await r.json()) as { chargeId: string; amount: number }[];
});

export const main = workflow(async (customerId: string, apiKey: string) => {
  const charges = await eligibleCharges(customerId);
  const refunds: { id: string; status: string }[] = [];
  for (const c of charges) {
    refunds.push(await Payments.refund(apiKey, c.chargeId, Payments.cents(c.amount))); // expect: WAC101
  }
  return { refunded: refunds.length, refunds };
});
