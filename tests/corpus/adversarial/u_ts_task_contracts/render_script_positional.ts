// SDK: windmill-client 1.818.0 taskScript (client.mjs: with one object argument it is the kwargs; otherwise the arguments are sent as arg0, arg1, ... which the target's main does not declare)
import { taskScript, step, workflow } from "windmill-client";

const renderPdf = taskScript("f/docs/render_pdf", { timeout: 300 });
const storeDocument = taskScript("f/docs/store_document");

type Quote = { id: string; customer: string; lines: { item: string; price: number }[] };

export const main = workflow(async (quote: Quote, templateId = "quote_v3") => {
  const total = await step("total", () => quote.lines.reduce((s, l) => s + l.price, 0));
  const pdf = await renderPdf(templateId, { ...quote, total }); // expect: WAC301
  const stored = await storeDocument({ path: `quotes/${quote.customer}/${quote.id}.pdf`, content_b64: pdf.base64 });
  return { quote: quote.id, total, url: stored.url };
});
