// SDK: windmill-client 1.818.0 client.mjs _waitForApproval / assertUsableStepKey: a key containing `/` throws "waitForApproval key must be a non-empty step name without `/` or dot segments".
import { task, waitForApproval, workflow } from "windmill-client";

const pay = task(async (invoiceId: string) => ({ invoiceId, paid: true }));

export const main = workflow(async (invoiceId: string) => {
  const decision = await waitForApproval({ key: "finance/cfo", timeout: 86400 }); // expect: WAC301
  if (!decision.approved) return { invoiceId, paid: false };
  return await pay(invoiceId);
});
