// SDK: windmill-client 1.818.0 client.mjs sleep() is async; a sleep promise that nobody awaits does not hold the workflow.
import { sleep, task, workflow } from "windmill-client";

const retryPayment = task(async (paymentId: string) => ({ paymentId, ok: true }));

export const main = workflow(async (paymentId: string, backoff: number) => {
  if (backoff > 0) {
    sleep(backoff); // expect: WAC106
  }
  return await retryPayment(paymentId);
});
