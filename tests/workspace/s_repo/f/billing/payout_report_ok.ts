// SDK: windmill-client 1.818.0 step(): the key is fetched once and checkpointed
import { step, task, workflow } from "windmill-client";
import { redact, stripeKey } from "/f/lib/secrets.ts";

const listPayouts = task(async (key: string, since: string) => {
  const res = await fetch(`https://api.stripe.com/v1/payouts?created[gte]=${since}`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  return (await res.json()).data as { id: string; amount: number }[];
});

export const main = workflow(async (since: string) => {
  const key = await step("stripe_key", () => stripeKey());
  const payouts = await listPayouts(key, since);
  const total = payouts.reduce((sum, p) => sum + p.amount, 0);
  return { total, key: redact(key) };
});
