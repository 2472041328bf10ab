// SDK: windmill-client 1.818.0 client.mjs taskScript(path) keys by the path's last segment; inline it dispatches fine but is not top level as the guide asks.
import { task, taskScript, workflow } from "windmill-client";

const listInvoices = task(async (month: string) => {
  const res = await fetch(`https://billing.example.com/api/invoices?month=${month}`);
  return (await res.json()) as { id: string }[];
});

export const main = workflow(async (month: string) => {
  const invoices = await listInvoices(month);
  const results = [];
  for (const inv of invoices) {
    results.push(await taskScript("f/billing/render_pdf", { timeout: 300 })({ invoiceId: inv.id })); // expect: WAC003
  }
  return results;
});
