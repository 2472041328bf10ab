// SDK: windmill-client 1.818.0 client.mjs workflow() (every round is a new process that loads the module and exits after the body suspends)
import { task, workflow } from "windmill-client";

const counters = { tasksCalled: 0 };

process.on("beforeExit", async () => { // expect: WAC101
  await fetch("https://metrics.internal/v1/push", {
    method: "POST",
    body: JSON.stringify({ job: "invoice-sync", ...counters }),
  });
});

const syncInvoice = task(async (invoiceId: string) => {
  const res = await fetch(`https://erp.internal/invoices/${invoiceId}/sync`, { method: "POST" });
  return res.ok;
});

export const main = workflow(async (invoice_ids: string[]) => {
  let synced = 0;
  for (const id of invoice_ids) {
    counters.tasksCalled += 1;
    if (await syncInvoice(id)) synced += 1;
  }
  return { synced, total: invoice_ids.length };
});
