// SDK: windmill-client 1.818.0 client.mjs: Promise.try calls the arrow and resolves with the task thenable, calling its `then`; the StepSuspend rejects the promise and leaves the body.
import { task, workflow } from "windmill-client";

const charge = task(async (invoiceId: string) => ({ invoiceId, charged: true }));

export const main = workflow(async (invoiceId: string) => {
  return await Promise.try(() => charge(invoiceId));
});
