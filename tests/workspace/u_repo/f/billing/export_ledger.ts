// SDK: windmill-client 1.818.0 taskScript(path) sends the path as is (Windmill fails the child job when no script has it); appendFileSync in the body appends once per replay
import { taskScript, workflow } from "/f/lib/wac.ts";
import { appendAudit, auditLine } from "./helpers.ts";

const renderPdf = taskScript("f/billing/render_pdf"); // expect: WAC401
const render = taskScript("f/billing/render_invoice");

export const main = workflow(async (invoice_id: string, lines: { sku: string; cents: number }[]) => {
  const text = await render({ invoice_id, lines });
  appendAudit(auditLine(invoice_id, "rendered")); // expect: WAC101
  const pdf = await renderPdf({ text });
  return { text, pdf };
});
