// SDK: windmill-client 1.818.0 getVariable(path) is an HTTP GET to the Windmill API (VariableService.getVariableValue), not a durable primitive
import Stripe from "stripe";
import { getVariable, task, step, workflow } from "windmill-client";

type Coupon = { code: string; percentOff: number; maxRedemptions: number };

const syncCouponToCrm = task(async (code: string, stripeId: string) => {
  await fetch("https://crm.internal/api/coupons", {
    method: "POST",
    body: JSON.stringify({ code, stripeId }),
  });
});

export const main = workflow(async (coupon: Coupon) => {
  const secret = await getVariable("f/billing/stripe_secret"); // expect: WAC101
  const stripeId = await step("create_coupon", async () => {
    const stripe = new Stripe(secret, { apiVersion: "2024-06-20" });
    const c = await stripe.coupons.create({
      id: coupon.code,
      percent_off: coupon.percentOff,
      max_redemptions: coupon.maxRedemptions,
    });
    return c.id;
  });
  await syncCouponToCrm(coupon.code, stripeId);
  return { stripeId };
});
