// SDK: windmill-client 1.818.0 client.mjs: WorkflowCtx._allocKey names steps by call order; a branch chosen by the clock dispatches a different task on a replay than on the first run.
import { workflow, task, step } from "windmill-client";

type Order = { orderId: string; eventStartsAt: string; amountCents: number };

const loadOrder = task(async (orderId: string) => {
  const res = await fetch(`https://api.tixhub.example.com/v2/orders/${orderId}`);
  return (await res.json()) as Order;
});

const fullRefund = task(async (orderId: string, amountCents: number) => {
  await fetch("https://api.stripe.com/v1/refunds", {
    method: "POST",
    body: new URLSearchParams({ payment_intent: orderId, amount: String(amountCents) }),
  });
  return "full";
});

const creditVoucher = task(async (orderId: string, amountCents: number) => {
  await fetch(`https://api.tixhub.example.com/v2/orders/${orderId}/voucher`, {
    method: "POST",
    body: JSON.stringify({ amountCents }),
  });
  return "voucher";
});

export const main = workflow(async (orderId: string) => {
  const order = await loadOrder(orderId);
  const startsAt = Date.parse(order.eventStartsAt);
  let outcome: string;

  switch (true) {
    case startsAt - new Date().getTime() > 7 * 24 * 3600 * 1000: // expect: WAC102
      outcome = await fullRefund(order.orderId, order.amountCents);
      break;
    case order.amountCents < 5000:
      outcome = await creditVoucher(order.orderId, order.amountCents);
      break;
    default:
      outcome = await step("manual_review", () => "manual");
  }
  return { orderId, outcome };
});
