// SDK: windmill-client 1.818.0 client.mjs workflow()/task(); node:events EventEmitter.emit runs the (pure) listeners in the body
import { EventEmitter } from "node:events";
import { task, workflow } from "windmill-client";

type PaymentCaptured = { orderId: string; amountCents: number; currency: string };

const bus = new EventEmitter();
const timeline: string[] = [];

bus.on("payment.captured", (evt: PaymentCaptured) => {
  timeline.push(`captured ${evt.amountCents} ${evt.currency}`);
  console.log(`[bus] payment.captured ${evt.orderId}`);
});

const capturePayment = task(async (orderId: string, amountCents: number) => {
  const res = await fetch(`https://payments.internal/orders/${orderId}/capture`, {
    method: "POST",
    body: JSON.stringify({ amountCents }),
  });
  return (await res.json()) as { captured: boolean; currency: string };
});

const notifySlack = task(async (text: string) => {
  await fetch("https://hooks.slack.com/services/T000/B000/XXXX", {
    method: "POST",
    body: JSON.stringify({ text }),
  });
  return true;
});

export const main = workflow(async (orderId: string, amountCents: number) => {
  timeline.length = 0;
  const capture = await capturePayment(orderId, amountCents);
  if (!capture.captured) return { orderId, status: "declined" };
  bus.emit("payment.captured", { orderId, amountCents, currency: capture.currency });
  await notifySlack(`Captured ${amountCents / 100} ${capture.currency} for ${orderId}`);
  return { orderId, status: "captured", timeline: [...timeline] };
});
