// SDK: windmill-client 1.818.0 client.mjs: every replay is a new process; process.pid in the body differs each round, so the idempotency key changes.
import { task, workflow } from "windmill-client";

const charge = task(async (orderId: string, idempotencyKey: string) => ({ orderId, idempotencyKey }));

export const main = workflow(async (orderId: string) => {
  const idempotencyKey = `${orderId}-${process.pid}`; // expect: WAC102
  return await charge(orderId, idempotencyKey);
});
