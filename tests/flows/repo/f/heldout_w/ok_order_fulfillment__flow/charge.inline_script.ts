import * as wmill from "windmill-client";
import Stripe from "stripe";

export async function main(order_id: string, amount_cents: number, customer: string) {
  const stripe = new Stripe(await wmill.getVariable("f/commerce/stripe_secret"));
  const intent = await stripe.paymentIntents.create(
    { amount: amount_cents, currency: "eur", customer, confirm: true, off_session: true },
    { idempotencyKey: `order-${order_id}` },
  );
  return { payment_id: intent.id, status: intent.status };
}
