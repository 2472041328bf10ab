// SDK: windmill-client 1.818.0 client.mjs: task() given a named function expression or a function declared in the module (fn.name is kept); taskScript / taskFlow with an object argument pass it as the child's kwargs.
import { task, taskFlow, taskScript, workflow } from "windmill-client";

async function fetchInvoice(id: string) {
  const r = await fetch(`https://billing.example.com/api/invoices/${id}`);
  return (await r.json()) as { id: string; total: number; lines: { sku: string; qty: number }[] };
}

const loadInvoice = task(fetchInvoice);
const score = task(async function scoreInvoice(total: number, lines: number) {
  return { risk: total > 10000 || lines > 50 ? "high" : "low" };
});
const renderPdf = taskScript("./render_pdf.ts", { timeout: 300 });
const reconcile = taskFlow("f/billing/reconcile");

export const main = workflow(async (invoiceId: string) => {
  const invoice = await loadInvoice(invoiceId);
  const { risk } = await score(invoice.total, invoice.lines.length);
  const pdf = await renderPdf({ invoiceId, template: risk === "high" ? "review" : "standard" });
  const rec = await reconcile({ invoiceId, pdfUrl: pdf.url });
  return { risk, pdf, rec };
});
