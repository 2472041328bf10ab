// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; a v7 uuid is a timestamp plus random bits, so the idempotency key changes between replays.
import { v7 as uuidv7 } from "uuid";
import { task, workflow } from "windmill-client";

const transfer = task(async (idempotencyKey: string, amount: number) => ({ idempotencyKey, amount }));

export const main = workflow(async (amount: number) => {
  const idempotencyKey = uuidv7(); // expect: WAC102
  return await transfer(idempotencyKey, amount);
});
