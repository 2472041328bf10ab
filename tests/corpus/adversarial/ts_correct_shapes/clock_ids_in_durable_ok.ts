// SDK: windmill-client 1.818.0 client.mjs: step() and task() run their functions once and checkpoint the result; the clock, ids and timers inside them are replayed from the checkpoint.
import { step, task, workflow } from "windmill-client";

const createOrder = task(async (sku: string) => {
  const id = crypto.randomUUID();
  await new Promise((r) => setTimeout(r, 250));
  return { id, sku, createdAt: new Date().toISOString() };
});

export const main = workflow(async (sku: string) => {
  const startedAt = await step("started_at", () => Date.now());
  const order = await createOrder(sku);
  console.log("order", order.id, "started", startedAt);
  return { order, startedAt };
});
