// SDK: windmill-client 1.818.0 taskScript/taskFlow: one object argument becomes the job's args;
// f/billing/render_pdf main(invoice_id, locale = "en", watermark?); settle_month flow takes month
import { taskFlow, taskScript, workflow } from "windmill-client";

const renderPdf = taskScript("f/billing/render_pdf", { timeout: 300 });
const archive = taskScript("f/billing/archive_invoice"); // expect: WAC401
const closeBooks = taskScript("f/billing/settle_month"); // expect: WAC401
const settle = taskFlow("f/billing/settle_month");
const formatLines = taskScript("./format_lines.ts");

export const main = workflow(async (invoiceIds: string[], month: string) => {
  const pdfs = [];
  for (const id of invoiceIds) {
    pdfs.push(await renderPdf({ invoiceId: id, locale: "de" })); // expect: WAC402
  }
  const lines = await formatLines({ lines: [{ sku: "seat", cents: 1200 }], currency: "EUR" });
  await archive({ ids: invoiceIds });
  await closeBooks({ month });
  await settle({ period: month }); // expect: WAC402
  return { pdfs, lines };
});
