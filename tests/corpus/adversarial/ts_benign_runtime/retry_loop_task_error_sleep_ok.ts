// SDK: windmill-client 1.818.0 client.mjs / wacError.mjs: each call of a task allocates the next step key, so a retry loop in the body is deterministic; only a "TaskError" is handled, anything else (the StepSuspend included) is rethrown, and the SDK's sleep waits durably.
import { sleep, task, workflow } from "windmill-client";

const pushInvoice = task(async (invoiceId: string) => {
  const r = await fetch(`https://erp.example.com/api/invoices/${invoiceId}/push`, { method: "POST" });
  if (!r.ok) throw new Error(`erp ${r.status}`);
  return { invoiceId, pushed: true };
});

export const main = workflow(async (invoiceId: string, attempts: number = 4) => {
  let lastError = "";
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await pushInvoice(invoiceId);
    } catch (e) {
      if (!(e instanceof Error) || e.name !== "TaskError") throw e;
      lastError = e.message;
      await sleep(30 * 2 ** attempt);
    }
  }
  return { invoiceId, pushed: false, lastError };
});
