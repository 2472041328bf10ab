// SDK: windmill-client 1.818.0 client.mjs: parallel(items, fn, { concurrency }) dispatches in batches; a Choice state is a branch on a task result (checkpointed); a Wait state is sleep(seconds).
import { parallel, sleep, task, workflow } from "windmill-client";

type Invoice = { id: string; customer: string; cents: number };

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

const flagLarge = task(async (ids: string[]) => {
  await fetch("https://finance.example.com/review", { method: "POST", body: JSON.stringify(ids) });
  return ids.length;
});

export const main = workflow(async (invoices: Invoice[], settleSeconds: number = 120) => {
  const links = await parallel(invoices, renderPdf, { concurrency: 5 });
  // Choice state
  const large = invoices.filter((i) => i.cents > 1_000_000).map((i) => i.id);
  let flagged = 0;
  if (large.length > 0) {
    flagged = await flagLarge(large);
  }
  // Wait state
  await sleep(settleSeconds);
  const sent = await emailBatch(links);
  return { sent, flagged };
});
