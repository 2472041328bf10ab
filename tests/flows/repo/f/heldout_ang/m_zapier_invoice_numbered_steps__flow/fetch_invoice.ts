import Stripe from "stripe";
import * as wmill from "windmill-client";

export async function main(invoice_id: string) {
  const key = await wmill.getVariable("f/heldout_ang/stripe_key");
  const stripe = new Stripe(key);
  const inv = await stripe.invoices.retrieve(invoice_id);
  return { amount_paid: inv.amount_paid, currency: inv.currency, customer: String(inv.customer) };
}
