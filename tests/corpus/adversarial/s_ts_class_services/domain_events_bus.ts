// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed each round); node:events EventEmitter.emit calls the listeners synchronously
import { EventEmitter } from "node:events";
import { task, workflow } from "windmill-client";

type PaymentCaptured = { orderId: string; amountCents: number; currency: string };

class DomainEvents extends EventEmitter {}

const bus = new DomainEvents();

bus.on("payment.captured", (evt: PaymentCaptured) => {
  void fetch("https://hooks.slack.com/services/T000/B000/XXXX", {
    method: "POST",
    body: JSON.stringify({ text: `Captured ${evt.amountCents / 100} ${evt.currency} for ${evt.orderId}` }),
  });
});

const capturePayment = task(async (orderId: string, amountCents: number) => {
  const res = await fetch(`https://payments.internal/orders/${orderId}/capture`, {
    method: "POST",
    body: JSON.stringify({ amountCents }),
  });
  return (await res.json()) as { captured: boolean; currency: string };
});

const fulfil = task(async (orderId: string) => {
  await fetch(`https://warehouse.internal/orders/${orderId}/fulfil`, { method: "POST" });
  return orderId;
});

export const main = workflow(async (orderId: string, amountCents: number) => {
  const capture = await capturePayment(orderId, amountCents);
  if (!capture.captured) return { orderId, status: "declined" };
  bus.emit("payment.captured", { orderId, amountCents, currency: capture.currency }); // expect: WAC101
  await fulfil(orderId);
  return { orderId, status: "fulfilling" };
});
