// SDK: windmill-client 1.818.0 client.mjs: `then(resolve, reject)` on the task thenable throws the StepSuspend synchronously out of the body's own statement, before the awaited promise is reached.
import { task, workflow } from "windmill-client";

const charge = task(async (invoiceId: string) => ({ invoiceId, charged: true }));

export const main = workflow(async (invoiceId: string) => {
  const { promise, resolve, reject } = Promise.withResolvers<unknown>();
  charge(invoiceId).then(resolve, reject);
  return await promise;
});
