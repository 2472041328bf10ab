// SDK: windmill-client 1.818.0 client.mjs: an Inngest function ported whole: step.run → task / step (results checkpointed, JSON values only), step.sleep → sleep(seconds), step.waitForEvent → waitForApproval({ key, timeout }), step.invoke → taskScript with one object; a catch that lets StepSuspend through and handles a failed task by name.
import { getApprovalUrls, sleep, step, task, taskScript, waitForApproval, workflow } from "windmill-client";

type OrderEvent = { orderId: string; customerEmail: string; totalCents: number; items: { sku: string; qty: number }[] };

const reserveStock = task(async (orderId: string, items: { sku: string; qty: number }[]) => {
  const res = await fetch(`https://inventory.example.com/orders/${orderId}/reserve`, {
    method: "POST",
    body: JSON.stringify(items),
  });
  if (!res.ok) throw new Error(`reserve failed: ${res.status}`);
  return (await res.json()) as { reservationId: string; backordered: string[] };
});

const chargeOrder = task(
  async (orderId: string, totalCents: number) => {
    const res = await fetch("https://payments.example.com/charges", {
      method: "POST",
      headers: { "Idempotency-Key": `order-${orderId}` },
      body: JSON.stringify({ orderId, totalCents }),
    });
    if (!res.ok) throw new Error(`charge failed: ${res.status}`);
    return ((await res.json()) as { chargeId: string }).chargeId;
  },
  { timeout: 120, retry: { attempts: 3, delay: 20, multiplier: 2 } },
);

const fulfil = taskScript("f/shop/fulfil_order", { timeout: 900 });

export const main = workflow(async (event: OrderEvent) => {
  const reservation = await reserveStock(event.orderId, event.items);
  if (event.totalCents > 500_000) {
    const urls = await step("review-urls", () => getApprovalUrls("fraud-review"));
    await step("ask-review", async () => {
      await fetch("https://chat.example.com/hooks/fraud", {
        method: "POST",
        body: JSON.stringify({ orderId: event.orderId, approve: urls.resume, reject: urls.cancel }),
      });
      return true;
    });
    const review = await waitForApproval({ key: "fraud-review", timeout: 2 * 24 * 3600 });
    if (!review.approved) return { orderId: event.orderId, status: "rejected" };
  }
  let chargeId: string | null = null;
  try {
    chargeId = await chargeOrder(event.orderId, event.totalCents);
  } catch (err) {
    if ((err as { name?: string })?.name !== "TaskError") throw err;
    return { orderId: event.orderId, status: "payment_failed" };
  }
  if (reservation.backordered.length > 0) await sleep(6 * 3600);
  const shipment = await fulfil({ orderId: event.orderId, reservationId: reservation.reservationId });
  console.log(`order ${event.orderId} charged ${chargeId}, shipment`, shipment);
  return { orderId: event.orderId, status: "fulfilled", chargeId, shipment };
});
