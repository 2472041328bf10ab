// SDK: windmill-client 1.818.0 client.mjs task(): assertUsableRetry reads only `retry.attempts` (then delay / multiplier / max_delay); Temporal's `maximumAttempts` leaves attempts undefined, so task() throws "retry.attempts must be a whole number" when the module loads.
import { task, workflow, sleep } from "windmill-client";

type Order = { id: string; customerId: string; amountCents: number; email: string };

// Ported from a Temporal workflow: each activity of proxyActivities became a task.
const reserveInventory = task(async (orderId: string): Promise<{ reserved: boolean }> => {
  const res = await fetch(`https://inventory.example.com/reserve/${orderId}`, { method: "POST" });
  return { reserved: res.ok };
});

const chargeCard = task(
  async (customerId: string, amountCents: number, idempotencyKey: string) => {
    const res = await fetch("https://payments.example.com/charges", {
      method: "POST",
      headers: { "Idempotency-Key": idempotencyKey, "Content-Type": "application/json" },
      body: JSON.stringify({ customerId, amountCents }),
    });
    if (!res.ok) throw new Error(`charge failed: ${res.status}`);
    return (await res.json()) as { chargeId: string };
  },
  { timeout: 120, retry: { maximumAttempts: 5, initialInterval: 2, backoffCoefficient: 2 } }, // expect: WAC302
);

const sendReceipt = task(async (email: string, chargeId: string) => {
  await fetch("https://mail.example.com/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "receipt", chargeId }),
  });
  return true;
});

const releaseInventory = task(async (orderId: string) => {
  await fetch(`https://inventory.example.com/release/${orderId}`, { method: "POST" });
  return true;
});

export const main = workflow(async (order: Order) => {
  const { reserved } = await reserveInventory(order.id);
  if (!reserved) {
    return { status: "out_of_stock", orderId: order.id };
  }
  // Temporal's workflow.sleep('30 seconds') before charging, to let fraud checks settle.
  await sleep(30);
  const { chargeId } = await chargeCard(order.customerId, order.amountCents, `charge-${order.id}`);
  await sendReceipt(order.email, chargeId);
  return { status: "charged", orderId: order.id, chargeId };
});
