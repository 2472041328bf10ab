// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; a v5 uuid is a SHA-1 of the namespace and the name, the same for the same input on every replay.
import { v5 as uuidv5 } from "uuid";
import { task, workflow } from "windmill-client";

const NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

const transfer = task(async (idempotencyKey: string, amount: number) => ({ idempotencyKey, amount }));

export const main = workflow(async (invoiceId: string, amount: number) => {
  const idempotencyKey = uuidv5(invoiceId, NAMESPACE);
  return await transfer(idempotencyKey, amount);
});
