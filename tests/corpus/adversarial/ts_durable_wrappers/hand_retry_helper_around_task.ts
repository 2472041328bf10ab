// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; the generic helper catches it as a failure, waits with setTimeout and calls again, so each suspension holds the worker through the backoffs; the backoff is itself a setTimeout wait in the body, holding the worker.
import { task, workflow } from "windmill-client";

async function withRetry<T>(fn: () => PromiseLike<T>, attempts = 3): Promise<T> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 1000 * 2 ** i));
    }
  }
  throw last;
}

const charge = task(async (invoiceId: string) => ({ invoiceId, charged: true }));

export const main = workflow(async (invoiceId: string) => {
  return await withRetry(() => charge(invoiceId)); // expect: WAC101, WAC202
});
