// SDK: windmill-client 1.818.0 client.mjs: an async generator in the body that only awaits tasks yields checkpointed values; keys follow call order, which the generator keeps fixed
import { task, step, workflow } from "windmill-client";

type Invoice = { invoiceId: string; buyerId: string; totalCents: number; paid: boolean };
type Page = { items: Invoice[]; next: string | null };

const fetchInvoicePage = task(async (saleId: string, cursor: string): Promise<Page> => {
  const res = await fetch(
    `https://api.cellarhammer.example/sales/${saleId}/invoices?cursor=${cursor}`,
  );
  return (await res.json()) as Page;
});

async function* invoicePages(saleId: string): AsyncGenerator<Invoice[]> {
  let cursor: string | null = "";
  while (cursor !== null) {
    const page = await fetchInvoicePage(saleId, cursor);
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

export const main = workflow(async (saleId: string, maxReminders: number = 200) => {
  const reminded: string[] = [];
  let outstandingCents = 0;

  pages: for await (const page of invoicePages(saleId)) {
    for (const inv of page) {
      if (inv.paid) continue;
      outstandingCents += inv.totalCents;
      const r = await chaseInvoice(inv.invoiceId, inv.buyerId);
      if (r.reminded) reminded.push(r.invoiceId);
      if (reminded.length >= maxReminders) break pages;
    }
  }

  return { saleId, reminded, outstandingCents };
});
