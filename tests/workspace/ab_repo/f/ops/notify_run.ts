// SDK: windmill-client 1.818.0 client.d.ts runScript(path, hash, args) / runScriptAsync(path, hash, args) start jobs
// Tell the customer their receipt is on its way and run the receipt script.
import { runScript, runScriptAsync, runScriptByPath, task, workflow } from "windmill-client";
import { enabled } from "/f/shared/boot.ts"; // expect: WAC101
import { periodEnd } from "./clock"; // expect: WAC403

const resend = task(async (invoiceId: string, email: string) => {
  return await runScriptByPath("f/billing/send_reciept", { invoice_id: invoiceId, email }); // expect: WAC401
});

export const main = workflow(async (invoiceId: string, email: string) => {
  const preview = await runScript("f/billing/invoice", null, { invoice_id: invoiceId, period: "2026-11" }); // expect: WAC101
  const jobId = await runScriptAsync("f/billing/send_receipt", null, { invoice_id: invoiceId, email }); // expect: WAC101
  if (enabled("resend")) {
    await resend(invoiceId, email);
  }
  return { preview, jobId, due: periodEnd("2026-11") };
});
