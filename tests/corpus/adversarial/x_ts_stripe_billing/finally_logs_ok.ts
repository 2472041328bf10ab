// SDK: windmill-client 1.818.0: a finally without return / durable calls lets the StepSuspend keep propagating after it runs
import { task, workflow } from "windmill-client";

type UsageBatch = { subscriptionItem: string; quantity: number; ts: number }[];

const reportUsage = task(async (item: string, quantity: number, ts: number) => {
  const r = await fetch(`https://api.stripe.com/v1/subscription_items/${item}/usage_records`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` },
    body: new URLSearchParams({ quantity: String(quantity), timestamp: String(ts), action: "increment" }),
  });
  return r.status;
});

export const main = workflow(async (batch: UsageBatch) => {
  let sent = 0;
  try {
    for (const rec of batch) {
      const status = await reportUsage(rec.subscriptionItem, rec.quantity, rec.ts);
      if (status < 300) sent++;
    }
  } finally {
    console.log(`usage records sent this round: ${sent}/${batch.length}`);
  }
  return { sent, total: batch.length };
});
