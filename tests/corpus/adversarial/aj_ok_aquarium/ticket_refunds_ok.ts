// SDK: windmill-client 1.818.0: catch around tasks must rethrow the suspension; the guard rethrows everything that is not a business error of the file
import { task, workflow } from "windmill-client";

class RefundRejected extends Error {
  constructor(public readonly orderId: string, reason: string) {
    super(reason);
    this.name = "RefundRejected";
  }
}

type Order = { orderId: string; amountCents: number; reason: string };

const refund = task(async (order: Order) => {
  const res = await fetch(`https://pay.example-aquarium.org/refunds/${order.orderId}`, {
    method: "PUT",
    headers: { "Idempotency-Key": `refund-${order.orderId}` },
    body: JSON.stringify({ amount: order.amountCents }),
  });
  if (res.status === 409) return { orderId: order.orderId, duplicate: true };
  if (!res.ok) throw new Error(`refund ${order.orderId}: ${res.status}`);
  return { orderId: order.orderId, duplicate: false };
});

function validate(order: Order): void {
  if (order.amountCents <= 0) throw new RefundRejected(order.orderId, "non-positive amount");
  if (order.amountCents > 50_000) throw new RefundRejected(order.orderId, "needs manager review");
}

export const main = workflow(async (orders: Order[]) => {
  const done: { orderId: string; duplicate: boolean }[] = [];
  const rejected: { orderId: string; why: string }[] = [];
  for (const order of orders) {
    try {
      validate(order);
    } catch (e) {
      if (!(e instanceof RefundRejected)) throw e;
      rejected.push({ orderId: e.orderId, why: e.message });
      continue;
    }
    done.push(await refund(order));
  }
  return { done, rejected };
});
