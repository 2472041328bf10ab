// SDK: windmill-client 1.818.0 client.mjs: the workflow body is replayed after every step; a generator it drains runs in the body each time, so its fetch is repeated per replay.
import { task, workflow } from "windmill-client";

const importInvoice = task(async (invoice: { id: string }) => ({ id: invoice.id, imported: true }));

async function* invoicePages(base: string) {
  let cursor: string | null = "";
  while (cursor !== null) {
    const res = await fetch(`${base}/invoices?cursor=${cursor}`);
    const page = (await res.json()) as { items: { id: string }[]; next: string | null };
    yield* page.items;
    cursor = page.next;
  }
}

export const main = workflow(async (base: string) => {
  const done = [];
  for await (const inv of invoicePages(base)) done.push(await importInvoice(inv)); // expect: WAC101
  return done;
});
