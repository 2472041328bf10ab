// SDK: windmill-client 1.818.0 client.mjs workflow() (every round is a new process that loads the module and exits after the body suspends); node:process "exit" listeners run synchronously, also on process.exit()
import { appendFileSync } from "node:fs";
import { task, workflow } from "windmill-client";

const counters = { tasksCalled: 0 };

// node_exporter textfile collector: one line per run, written as the process ends
process.on("exit", (code) => { // expect: WAC101
  appendFileSync(
    "/var/lib/node_exporter/textfile/invoice_sync.prom",
    `invoice_sync_task_calls{exit="${code}"} ${counters.tasksCalled}\n`,
  );
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
