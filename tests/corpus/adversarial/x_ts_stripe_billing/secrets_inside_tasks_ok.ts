// SDK: windmill-client 1.818.0 getVariable / getResource are API reads; inside a task body they run once in the task's own job
import Stripe from "stripe";
import { getResource, getVariable, task, workflow } from "windmill-client";

type Order = { id: number; shop: string; totalCents: number; email: string };

const captureOrder = task(async (order: Order) => {
  const key = await getVariable("f/billing/stripe_secret");
  const stripe = new Stripe(key, { apiVersion: "2024-06-20" });
  const pi = await stripe.paymentIntents.create({
    amount: order.totalCents,
    currency: "usd",
    receipt_email: order.email,
    metadata: { shopify_order: String(order.id) },
  });
  return pi.id;
});

const markShopifyPaid = task(async (order: Order, paymentIntent: string) => {
  const shopify = await getResource<{ token: string }>("f/billing/shopify");
  const apiVersion = process.env.SHOPIFY_API_VERSION ?? "2024-04";
  await fetch(`https://${order.shop}/admin/api/${apiVersion}/orders/${order.id}/transactions.json`, {
    method: "POST",
    headers: { "X-Shopify-Access-Token": shopify.token, "Content-Type": "application/json" },
    body: JSON.stringify({ transaction: { kind: "capture", authorization: paymentIntent } }),
  });
});

export const main = workflow(async (order: Order) => {
  const pi = await captureOrder(order);
  await markShopifyPaid(order, pi);
  return { paymentIntent: pi };
});
