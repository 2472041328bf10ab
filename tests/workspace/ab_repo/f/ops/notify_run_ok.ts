// SDK: windmill-client 1.818.0 client.d.ts runScriptByPath/runScriptAsync inside a task or step run once per checkpoint
// Tell the customer their receipt is on its way (runs by path only inside durable steps).
import { runScriptAsync, runScriptByPath, step, task, taskScript, workflow } from "windmill-client";

const sendReceipt = taskScript("f/billing/send_receipt", { timeout: 120 });

const preview = task(async (invoiceId: string, period: string) => {
  return await runScriptByPath("f/billing/invoice", { invoice_id: invoiceId, period, locale: "de" });
});

export const main = workflow(async (invoiceId: string, email: string, period: string) => {
  const html = await preview(invoiceId, period);
  const jobId = await step("receipt_job", () =>
    runScriptAsync("f/billing/send_receipt", null, { invoice_id: invoiceId, email }),
  );
  const sent = await sendReceipt({ invoice_id: invoiceId, email, cc: ["billing@acme.io"] });
  return { html, jobId, sent };
});
