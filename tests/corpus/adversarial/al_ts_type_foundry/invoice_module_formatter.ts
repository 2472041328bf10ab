// SDK: windmill-client 1.818.0 index.js: each round of the body may run on another worker; an `Intl.DateTimeFormat` built without a `timeZone` formats in the worker's zone, so the due date written on the invoice depends on where the round ran
// Team code: licence invoices; a shared formatter was hoisted to module level "so it is built once".
import { task, workflow } from "windmill-client";

const DUE = new Intl.DateTimeFormat("en-US", { dateStyle: "long" });

const createInvoice = task(async function createInvoice(licenseeId: string, amountCents: number, dueLabel: string) {
  const r = await fetch("https://billing.kernhaus.example/api/invoices", {
    method: "POST",
    body: JSON.stringify({ licenseeId, amountCents, dueLabel }),
  });
  return ((await r.json()) as { id: string }).id;
});

export const main = workflow(async (licenseeId: string, amountCents: number, dueAt: string) => {
  const dueLabel = DUE.format(new Date(dueAt)); // expect: WAC102
  const invoiceId = await createInvoice(licenseeId, amountCents, dueLabel);
  return { invoiceId, dueLabel };
});
