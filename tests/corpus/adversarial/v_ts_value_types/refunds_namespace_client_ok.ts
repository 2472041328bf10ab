// SDK: windmill-client 1.818.0 a task body runs in its own job once per key; pure namespace helpers in the body are fine
// Refund batch: the namespace's HTTP function only runs inside a task.
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

const refundCharge = task(async (apiKey: string, chargeId: string, amountCents: number) => {
  return await Payments.refund(apiKey, chargeId, amountCents);
});

export const main = workflow(async (customerId: string, apiKey: string) => {
  const charges = await eligibleCharges(customerId);
  const refunds = [];
  for (const c of charges) {
    refunds.push(await refundCharge(apiKey, c.chargeId, Payments.cents(c.amount)));
  }
  return { refunded: refunds.length, refunds };
});
