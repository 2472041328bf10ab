// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; the listener emit calls only writes a log line.
import { EventEmitter } from "node:events";
import { task, workflow } from "windmill-client";

const bus = new EventEmitter();
bus.on("shipped", (orderId: string) => console.log(`shipped ${orderId}`));

const ship = task(async (orderId: string) => ({ orderId, shipped: true }));

export const main = workflow(async (orderId: string) => {
  const result = await ship(orderId);
  bus.emit("shipped", orderId);
  return result;
});
