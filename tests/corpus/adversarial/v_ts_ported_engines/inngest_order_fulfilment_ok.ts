// SDK: windmill-client 1.818.0 step(name, fn) checkpoints fn's result (JSON round trip) and returns it on replay; sleep(seconds) rounds and suspends once per key
// Ported from an Inngest function; the wait length is computed once, inside a step, so every replay sleeps the same key for the same time.
import { task, step, sleep, workflow } from "windmill-client";

type OrderEvent = {
  orderId: string;
  customerEmail: string;
  shipBy: string;
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

function secondsUntil(iso: string): number {
  return Math.max(1, Math.floor((Date.parse(iso) - Date.now()) / 1000));
}

export const main = workflow(async (event: OrderEvent) => {
  const { reservationId } = await reserveStock(event.orderId, event.items);

  const waitSeconds = await step("ship_window_wait", () => secondsUntil(event.shipBy));
  await sleep(waitSeconds);

  const label = await createLabel(event.orderId, reservationId);
  return { orderId: event.orderId, tracking: label.trackingNumber, waited: waitSeconds };
});
