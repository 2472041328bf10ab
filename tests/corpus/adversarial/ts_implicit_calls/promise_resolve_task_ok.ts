// SDK: windmill-client 1.818.0 client.mjs: Promise.resolve of a thenable adopts it through its `then`; awaited at once, the suspension leaves the body.
import { task, workflow } from "windmill-client";

const charge = task(async (invoiceId: string) => ({ invoiceId, charged: true }));

export const main = workflow(async (invoiceId: string) => {
  const receipt = await Promise.resolve(charge(invoiceId));
  return receipt;
});
