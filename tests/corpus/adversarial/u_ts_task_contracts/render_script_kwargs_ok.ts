// SDK: windmill-client 1.818.0 taskScript (client.mjs: a single non-null object argument is passed as the target script's kwargs)
import { taskScript, step, workflow } from "windmill-client";

const renderPdf = taskScript("f/docs/render_pdf", { timeout: 300 });
const storeDocument = taskScript("f/docs/store_document");

type Quote = { id: string; customer: string; lines: { item: string; price: number }[] };

export const main = workflow(async (quote: Quote, templateId = "quote_v3") => {
  const total = await step("total", () => quote.lines.reduce((s, l) => s + l.price, 0));
  const pdf = await renderPdf({ template_id: templateId, data: { ...quote, total } });
  const stored = await storeDocument({ path: `quotes/${quote.customer}/${quote.id}.pdf`, content_b64: pdf.base64 });
  return { quote: quote.id, total, url: stored.url };
});
