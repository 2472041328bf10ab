// SDK: windmill-client 1.818.0 client.mjs step(name, fn): with one argument the arrow becomes the name and fn is undefined, so the step fails; the arrow itself is never called.
import { step, task, workflow } from "windmill-client";

const createOrder = task(async (orderId: string, items: string[]) => ({ orderId, items: items.length }));

export const main = workflow(async (items: string[]) => {
  const orderId = await step(() => crypto.randomUUID()); // expect: WAC103
  return await createOrder(orderId, items);
});
