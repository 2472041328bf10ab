import Stripe from "stripe";

type StripeRes = { token: string };

export async function main(stripe: StripeRes, charge_id: string) {
  const client = new Stripe(stripe.token, { apiVersion: "2024-06-20" });
  const charge = await client.charges.retrieve(charge_id, { expand: ["customer"] });
  const customer = charge.customer as Stripe.Customer | null;
  return {
    amount: charge.amount - charge.amount_refunded,
    currency: charge.currency,
    customer_email: customer?.email ?? charge.billing_details.email ?? "unknown",
  };
}
