// SDK: windmill-client 1.818.0 task failures surface as Error named "TaskError"; everything else (StepSuspend) is rethrown unchanged
import { task, workflow } from "windmill-client";

class BillingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BillingError";
  }
}

const createInvoice = task(async (customerId: string, lines: { sku: string; cents: number }[]) => {
  const res = await fetch("https://billing.internal/invoices", { method: "POST", body: JSON.stringify({ customerId, lines }) });
  if (!res.ok) throw new Error(`billing ${res.status}`);
  return ((await res.json()) as { invoiceId: string }).invoiceId;
});

const finalizeInvoice = task(async (invoiceId: string) => {
  await fetch(`https://billing.internal/invoices/${invoiceId}/finalize`, { method: "POST" });
  return invoiceId;
});

export const main = workflow(async (customerId: string, lines: { sku: string; cents: number }[]) => {
  try {
    const invoiceId = await createInvoice(customerId, lines);
    return await finalizeInvoice(invoiceId);
  } catch (e) {
    if (e instanceof Error && e.name === "TaskError") {
      throw new BillingError(`invoicing failed for ${customerId}`, { cause: e });
    }
    throw e;
  }
});
