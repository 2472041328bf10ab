// SDK: windmill-client 1.818.0 client.mjs task() (the template file is read inside the child job), workflow()
const fs = require("fs");
const path = require("path");
import { task, workflow } from "windmill-client";

type Invoice = { number: string; customer: string; lines: { label: string; cents: number }[] };

const TEMPLATE_PATH = path.join(__dirname, "templates", "invoice.html");

const fetchInvoice = task(async (invoiceNumber: string): Promise<Invoice> => {
  const res = await fetch(`https://billing.internal/invoices/${invoiceNumber}`);
  return (await res.json()) as Invoice;
});

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? "");
}

const renderPdf = task(async (invoice: Invoice) => {
  const template = fs.readFileSync(TEMPLATE_PATH, "utf8");
  const rows = invoice.lines.map((l) => `<tr><td>${l.label}</td><td>${(l.cents / 100).toFixed(2)}</td></tr>`).join("");
  const res = await fetch("https://pdf.internal/render", {
    method: "POST",
    headers: { "content-type": "text/html", "x-document-id": invoice.number },
    body: fill(template, { number: invoice.number, customer: invoice.customer, rows }),
  });
  return ((await res.json()) as { url: string }).url;
});

export const main = workflow(async (invoice_number: string) => {
  const invoice = await fetchInvoice(invoice_number);
  const url = await renderPdf(invoice);
  return { invoice: invoice.number, url, template: path.basename(TEMPLATE_PATH) };
});
