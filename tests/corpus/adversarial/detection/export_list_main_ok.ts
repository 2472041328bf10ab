// SDK: windmill-client 1.818.0 client.mjs workflow(); the module exports `main` through an export list.
import { task, workflow } from "windmill-client";

const renderPdf = task(async (html: string) => ({ bytes: html.length }));

const main = workflow(async (pages: string[]) => {
  const out = [];
  for (const page of pages) out.push(await renderPdf(page));
  return out;
});

export { main };
