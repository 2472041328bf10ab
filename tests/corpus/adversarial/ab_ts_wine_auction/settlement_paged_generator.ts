// SDK: windmill-client 1.818.0 client.mjs: only task/step/sleep/approval are checkpointed; an async generator the body iterates runs its fetches in the body every round
import { task, step, workflow } from "windmill-client";

type Invoice = { invoiceId: string; buyerId: string; totalCents: number; paid: boolean };
type Page = { items: Invoice[]; next: string | null };

async function* invoicePages(saleId: string): AsyncGenerator<Invoice[]> {
  let cursor: string | null = "";
  while (cursor !== null) {
    const res = await fetch(
      `https://api.cellarhammer.example/sales/${saleId}/invoices?cursor=${cursor}`,
    );
    const page = (await res.json()) as Page;
    yield page.items;
    cursor = page.next;
  }
}

const chaseInvoice = task(async (invoiceId: string, buyerId: string) => {
  const res = await fetch("https://mail.cellarhammer.example/reminders", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ invoiceId, buyerId, template: "payment-overdue" }),
  });
  return { invoiceId, reminded: res.ok };
});

export const main = workflow(async (saleId: string) => {
  const reminded: string[] = [];
  let outstandingCents = 0;

  for await (const page of invoicePages(saleId)) { // expect: WAC101
    for (const inv of page) {
      if (inv.paid) continue;
      outstandingCents += inv.totalCents;
      const r = await chaseInvoice(inv.invoiceId, inv.buyerId);
      if (r.reminded) reminded.push(r.invoiceId);
    }
  }

  return { saleId, reminded, outstandingCents };
});
