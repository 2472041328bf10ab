import audit from "/f/shared/audit.ts";
import { task, workflow } from "windmill-client";

const refund = task(async (orderId: string) => ({ orderId, refunded: true }));

export const main = workflow(async (orderId: string) => {
  const result = await refund(orderId);
  await audit("refund", result); // expect: WAC101
  return result;
});
