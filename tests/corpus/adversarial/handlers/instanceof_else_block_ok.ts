// SDK: windmill-client 1.818.0 client.mjs exports StepSuspend; the consequence block rethrows it first, the else branch handles task failures.
import { StepSuspend, task, workflow } from "windmill-client";

const fetchInvoicePdf = task(async (invoiceId: string) => `s3://invoices/${invoiceId}.pdf`);

export const main = workflow(async (invoiceId: string) => {
  try {
    return { pdf: await fetchInvoicePdf(invoiceId) };
  } catch (err) {
    if (err instanceof StepSuspend) {
      throw err;
    } else {
      return { pdf: null, error: String(err) };
    }
  }
});
