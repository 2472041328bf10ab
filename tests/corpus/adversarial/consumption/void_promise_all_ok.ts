// SDK: windmill-client 1.818.0 client.mjs: un-awaited tasks are still dispatched; `void` marks the fire-and-forget as deliberate.
import { task, workflow } from "windmill-client";

const pingWebhook = task(async (url: string) => ({ url, ok: true }));
const processOrder = task(async (orderId: string) => ({ orderId, done: true }));

export const main = workflow(async (orderId: string, webhooks: string[]) => {
  const result = await processOrder(orderId);
  void Promise.all(webhooks.map((w) => pingWebhook(w)));
  return result;
});
