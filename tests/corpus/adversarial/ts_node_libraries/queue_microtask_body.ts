// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the microtask queued in the body runs in that round's process, so its POST is sent on every replay.
import { task, workflow } from "windmill-client";

const charge = task(async (order: string) => ({ order, charged: true }));

export const main = workflow(async (order: string) => {
  const r = await charge(order);
  queueMicrotask(() => void fetch("https://hooks.example.com/charged", { method: "POST", body: order })); // expect: WAC101
  return r;
});
