// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; EventEmitter.emit calls its listeners synchronously, and the listener registered at load posts to the webhook, so each replay posts again.
import { EventEmitter } from "node:events";
import { task, workflow } from "windmill-client";

const bus = new EventEmitter();
bus.on("shipped", (orderId: string) => {
  void fetch("https://hooks.example.com/shipped", { method: "POST", body: orderId });
});

const ship = task(async (orderId: string) => ({ orderId, shipped: true }));

export const main = workflow(async (orderId: string) => {
  const result = await ship(orderId);
  bus.emit("shipped", orderId); // expect: WAC101
  return result;
});
