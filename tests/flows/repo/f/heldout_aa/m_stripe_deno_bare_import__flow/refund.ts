import Stripe from "stripe";

export async function main(charge_id: string, amount: number, stripe_key: string) {
  const stripe = new Stripe(stripe_key, { apiVersion: "2024-06-20" });
  const refund = await stripe.refunds.create({ charge: charge_id, amount });
  return { id: refund.id, status: refund.status };
}
