// SDK: windmill-client 1.818.0 index.js: rounds may run on different workers; this module-level formatter names its `timeZone`, so the label of a given instant is the same on every worker
// Team code: licence invoices, the shared formatter pinned to UTC.
import { task, workflow } from "windmill-client";

const DUE = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

const createInvoice = task(async function createInvoice(licenseeId: string, amountCents: number, dueLabel: string) {
  const r = await fetch("https://billing.kernhaus.example/api/invoices", {
    method: "POST",
    body: JSON.stringify({ licenseeId, amountCents, dueLabel }),
  });
  return ((await r.json()) as { id: string }).id;
});

export const main = workflow(async (licenseeId: string, amountCents: number, dueAt: string) => {
  const dueLabel = DUE.format(new Date(dueAt));
  const invoiceId = await createInvoice(licenseeId, amountCents, dueLabel);
  return { invoiceId, dueLabel };
});
