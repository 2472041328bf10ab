// SDK: windmill-client 1.818.0 step() is an async function: its promise rejects with StepSuspend when _runInlineStep falls back to _raiseSuspend, and a rejection handler given to .then turns that into a value
import Stripe from "stripe";
import { task, step, workflow } from "windmill-client";

type Signup = { email: string; plan: "starter" | "growth"; companyName: string };

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });

const createSubscription = task(async (customerId: string, plan: string) => {
  const s = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
  const price = plan === "growth" ? "price_growth_monthly" : "price_starter_monthly";
  const sub = await s.subscriptions.create({ customer: customerId, items: [{ price }] });
  return sub.id;
});

export const main = workflow(async (signup: Signup) => {
  const customerId = await step("create_customer", async () => {
    const c = await stripe.customers.create({ email: signup.email, name: signup.companyName });
    return c.id;
  }).then( // expect: WAC202
    (id) => id,
    () => null,
  );

  if (!customerId) {
    return { ok: false, reason: "customer creation failed" };
  }
  const subscriptionId = await createSubscription(customerId, signup.plan);
  return { ok: true, customerId, subscriptionId };
});
