import Stripe from "npm:stripe@14.25.0";

export async function main(subscription_id: string, stripe_key: string) {
  const stripe = new Stripe(stripe_key, { apiVersion: "2024-04-10" });
  const sub = await stripe.subscriptions.update(subscription_id, { cancel_at_period_end: true });
  return { id: sub.id, cancel_at: sub.cancel_at };
}
