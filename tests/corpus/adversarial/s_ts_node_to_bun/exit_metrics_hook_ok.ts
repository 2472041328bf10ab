// SDK: windmill-client 1.818.0 client.mjs workflow() (each round loads the module again: the exit hook only logs), task()
import { task, workflow } from "windmill-client";

const counters = { tasksCalled: 0 };

process.on("beforeExit", () => {
  console.log(`[invoice-sync] round finished, ${counters.tasksCalled} task calls made`);
});

const syncInvoice = task(async (invoiceId: string) => {
  const res = await fetch(`https://erp.internal/invoices/${invoiceId}/sync`, { method: "POST" });
  return res.ok;
});

const pushMetrics = task(async (synced: number, total: number) => {
  await fetch("https://metrics.internal/v1/push", {
    method: "POST",
    body: JSON.stringify({ job: "invoice-sync", synced, total }),
  });
  return true;
});

export const main = workflow(async (invoice_ids: string[]) => {
  let synced = 0;
  for (const id of invoice_ids) {
    counters.tasksCalled += 1;
    if (await syncInvoice(id)) synced += 1;
  }
  await pushMetrics(synced, invoice_ids.length);
  return { synced, total: invoice_ids.length };
});
