// SDK: windmill-client 1.818.0 client.mjs step(name, fn) -> _runInlineStep(name, fn): with one argument the arrow is the name (key: _allocKey(name || "step"), its source text) and fn is undefined, so `await fn()` throws a TypeError and the step fails; the arrow itself is never called (no WAC102 for its body).
import { step, task, workflow } from "windmill-client";

const createOrder = task(async (orderId: string, items: string[]) => ({ orderId, items: items.length }));

export const main = workflow(async (items: string[]) => {
  const orderId = await step(() => crypto.randomUUID()); // expect: WAC301
  return await createOrder(orderId, items);
});
