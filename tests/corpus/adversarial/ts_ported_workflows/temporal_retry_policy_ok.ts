// SDK: windmill-client 1.818.0 client.mjs task(): the retry policy is `{ attempts, delay, multiplier, max_delay }` in seconds (assertUsableRetry, retryDelaySeconds); a failed reservation is released by a compensating task.
import { task, workflow, sleep } from "windmill-client";

type Order = { id: string; customerId: string; amountCents: number; email: string };

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
  { timeout: 120, retry: { attempts: 5, delay: 2, multiplier: 2, max_delay: 60 } },
);

const releaseInventory = task(async (orderId: string) => {
  await fetch(`https://inventory.example.com/release/${orderId}`, { method: "POST" });
  return true;
});

const sendReceipt = task(async (email: string, chargeId: string) => {
  await fetch("https://mail.example.com/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "receipt", chargeId }),
  });
  return true;
});

export const main = workflow(async (order: Order) => {
  const { reserved } = await reserveInventory(order.id);
  if (!reserved) return { status: "out_of_stock", orderId: order.id };
  await sleep(30);
  let chargeId: string;
  try {
    ({ chargeId } = await chargeCard(order.customerId, order.amountCents, `charge-${order.id}`));
  } catch (e) {
    // Only a failed charge task is compensated; the suspension and anything else go up.
    if ((e as Error)?.name !== "TaskError") throw e;
    await releaseInventory(order.id);
    return { status: "payment_failed", orderId: order.id };
  }
  await sendReceipt(order.email, chargeId);
  return { status: "charged", orderId: order.id, chargeId };
});
