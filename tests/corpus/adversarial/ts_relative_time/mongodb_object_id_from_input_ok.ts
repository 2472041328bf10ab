// SDK: windmill-client 1.818.0 client.mjs: `new ObjectId(hex)` only parses the id given; ObjectId.isValid checks a string. Both pure.
import { ObjectId } from "mongodb";
import { task, workflow } from "windmill-client";

const loadOrder = task(async (id: string) => ({ id, total: 0 }));

export const main = workflow(async (orderId: string) => {
  if (!ObjectId.isValid(orderId)) return { error: "bad id" };
  const id = new ObjectId(orderId);
  const created = id.getTimestamp().toISOString();
  const order = await loadOrder(id.toHexString());
  return { ...order, created };
});
