import Stripe from "stripe";

type Stripe_ = { token: string };

export async function main(stripe: Stripe_, tenant: string, units: number) {
  const client = new Stripe(stripe.token, { apiVersion: "2024-06-20" });
  const customers = await client.customers.search({ query: `metadata['tenant']:'${tenant}'` });
  const customer = customers.data[0];
  if (!customer) throw new Error(`no Stripe customer for tenant ${tenant}`);
  const item = await client.invoiceItems.create({
    customer: customer.id,
    quantity: Math.ceil(units / 1000),
    price: "price_overage_per_1k",
  });
  return { invoice_item: item.id };
}
