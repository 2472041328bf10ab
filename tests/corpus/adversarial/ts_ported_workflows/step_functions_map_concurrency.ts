// SDK: windmill-client 1.818.0 client.mjs parallel(): it reads only `options.concurrency`; Step Functions' `maxConcurrency` is ignored, so every item is dispatched in one batch.
import { parallel, task, workflow } from "windmill-client";

type Invoice = { id: string; customer: string; cents: number };

// Step Functions: a Map state (MaxConcurrency: 5) over the invoices, then a Choice state.
const renderPdf = task(async (invoice: Invoice): Promise<{ id: string; url: string }> => {
  const res = await fetch("https://pdf.example.com/render", {
    method: "POST",
    body: JSON.stringify(invoice),
  });
  const { url } = (await res.json()) as { url: string };
  return { id: invoice.id, url };
});

const emailBatch = task(async (links: { id: string; url: string }[]) => {
  await fetch("https://mail.example.com/batch", { method: "POST", body: JSON.stringify(links) });
  return links.length;
});

export const main = workflow(async (invoices: Invoice[]) => {
  const links = await parallel(invoices, renderPdf, { maxConcurrency: 5 }); // expect: WAC302
  if (links.length === 0) {
    return { sent: 0 };
  }
  const sent = await emailBatch(links);
  return { sent };
});
