// SDK: windmill-client 1.818.0 client.mjs: ./wac re-exports windmill-client; the body is replayed, so the deadline read from the clock in the body differs per round and changes the branch taken.
import { task, waitForApproval, workflow } from "./wac";

const refund = task(async (orderId: string) => ({ orderId, refunded: true }));

export const main = workflow(async (orderId: string, placedAt: string) => {
  const ageDays = (Date.now() - Date.parse(placedAt)) / 86_400_000; // expect: WAC102
  if (ageDays > 30) {
    await waitForApproval({ timeout: 3600 });
  }
  return await refund(orderId);
});
