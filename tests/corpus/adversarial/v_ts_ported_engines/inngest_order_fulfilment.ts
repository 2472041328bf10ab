// SDK: windmill-client 1.818.0 sleep(seconds) -> ctx._sleep: Math.round(seconds), keyed "sleep", "sleep_2" by call order; workflow() only marks fn, the body replays from the top every round
// Ported from an Inngest function: step.run -> task, step.sleepUntil -> sleep(seconds until the deadline).
import { task, step, sleep, workflow } from "windmill-client";

type OrderEvent = {
  orderId: string;
  customerEmail: string;
  shipBy: string; // ISO timestamp chosen by the storefront
  items: { sku: string; qty: number }[];
};

const reserveStock = task(async (orderId: string, items: OrderEvent["items"]) => {
  const res = await fetch("https://inventory.internal/reserve", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orderId, items }),
  });
  if (!res.ok) throw new Error(`reserve failed: ${res.status}`);
  return (await res.json()) as { reservationId: string };
});

const createLabel = task(async (orderId: string, reservationId: string) => {
  const res = await fetch("https://shipping.internal/labels", {
    method: "POST",
    body: JSON.stringify({ orderId, reservationId }),
  });
  return (await res.json()) as { trackingNumber: string };
});

const emailCustomer = task(async (to: string, trackingNumber: string) => {
  await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to, template: "shipped", trackingNumber }),
  });
  return { sent: true };
});

function secondsUntil(iso: string): number {
  return Math.max(1, Math.floor((Date.parse(iso) - Date.now()) / 1000));
}

export const main = workflow(async (event: OrderEvent) => {
  const { reservationId } = await reserveStock(event.orderId, event.items);

  // Inngest: await step.sleepUntil("wait-for-ship-window", event.shipBy)
  await sleep(secondsUntil(event.shipBy)); // expect: WAC102

  const label = await createLabel(event.orderId, reservationId);
  await emailCustomer(event.customerEmail, label.trackingNumber);
  return { orderId: event.orderId, tracking: label.trackingNumber };
});
