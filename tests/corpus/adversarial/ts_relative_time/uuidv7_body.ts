// SDK: windmill-client 1.818.0 client.mjs: a UUIDv7 holds the current time and random bits; minted in the body it changes on every replay.
import { uuidv7 } from "uuidv7";
import { task, workflow } from "windmill-client";

const createOrder = task(async (orderId: string, sku: string) => ({ orderId, sku }));

export const main = workflow(async (sku: string) => {
  const orderId = uuidv7(); // expect: WAC102
  return await createOrder(orderId, sku);
});
