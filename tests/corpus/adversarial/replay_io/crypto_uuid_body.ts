// SDK: windmill-client 1.818.0 client.mjs: randomUUID() in the body yields a new id each replay, so the idempotency key changes between rounds.
import { randomUUID } from "node:crypto";
import { task, workflow } from "windmill-client";

const charge = task(async (customer: string, cents: number, idempotencyKey: string) => ({ customer, cents, idempotencyKey }));

export const main = workflow(async (customer: string, cents: number) => {
  const key = randomUUID(); // expect: WAC102
  return await charge(customer, cents, key);
});
