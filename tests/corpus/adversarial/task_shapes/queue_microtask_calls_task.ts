// SDK: windmill-client 1.818.0 client.mjs _nextStep: the task started in the microtask is never awaited; its thenable's `then` never runs, so nothing dispatches it in order with the body.
import { task, workflow } from "windmill-client";

const charge = task(async (orderId: string) => ({ orderId, paid: true }));
const audit = task(async (orderId: string, event: string) => ({ orderId, event }));

export const main = workflow(async (orderId: string) => {
  queueMicrotask(() => audit(orderId, "charge_started")); // expect: WAC106
  return await charge(orderId);
});
