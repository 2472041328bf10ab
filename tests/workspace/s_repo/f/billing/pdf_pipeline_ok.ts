// SDK: windmill-client 1.818.0 taskScript/taskFlow with the target's own parameter names
import { taskFlow, taskScript, workflow } from "windmill-client";

const RENDER = "f/billing/render_pdf";
const renderPdf = taskScript(RENDER, { timeout: 300 });
const settle = taskFlow("f/billing/settle_month");
const formatLines = taskScript("./format_lines.ts");

export const main = workflow(async (invoiceIds: string[], month: string) => {
  const pdfs = await Promise.all(invoiceIds.map((id) => renderPdf({ invoice_id: id, locale: "de" })));
  const lines = await formatLines({ lines: [{ sku: "seat", cents: 1200 }], currency: "EUR" });
  const settled = await settle({ month, dry_run: false });
  return { pdfs, lines, settled };
});
