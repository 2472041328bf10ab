// SDK: windmill-client 1.818.0 client.mjs: `new ObjectId()` mixes the current time, a per-process random value and a counter; built in the body, each replay makes another id for the same document.
import { ObjectId } from "mongodb";
import { task, workflow } from "windmill-client";

const insertOrder = task(async (id: string, customerId: string, total: number) => ({ id, customerId, total }));
const emailReceipt = task(async (id: string, customerId: string) => ({ id, customerId }));

export const main = workflow(async (customerId: string, total: number) => {
  const id = new ObjectId().toHexString(); // expect: WAC102
  await insertOrder(id, customerId, total);
  return await emailReceipt(id, customerId);
});
