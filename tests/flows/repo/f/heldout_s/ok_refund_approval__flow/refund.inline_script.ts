import Stripe from "stripe";

type StripeRes = { token: string };

export async function main(stripe: StripeRes, charge_id: string, amount: number) {
  const client = new Stripe(stripe.token, { apiVersion: "2024-06-20" });
  const refund = await client.refunds.create({ charge: charge_id, amount });
  return { refund_id: refund.id, status: refund.status };
}
