// SDK: windmill-client 1.818.0 client.mjs step(): the id is minted once in the step and replayed from the checkpoint.
import { randomUUID } from "node:crypto";
import { step, task, workflow } from "windmill-client";

const charge = task(async (customer: string, cents: number, idempotencyKey: string) => ({ customer, cents, idempotencyKey }));

export const main = workflow(async (customer: string, cents: number) => {
  const key = await step("idempotency_key", () => randomUUID());
  return await charge(customer, cents, key);
});
