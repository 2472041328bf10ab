// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed every round), task(); node:fs readFileSync reads the worker's disk
const fs = require("fs");
const path = require("path");
import { task, workflow } from "windmill-client";

type Invoice = { number: string; customer: string; lines: { label: string; cents: number }[] };

const fetchInvoice = task(async (invoiceNumber: string): Promise<Invoice> => {
  const res = await fetch(`https://billing.internal/invoices/${invoiceNumber}`);
  return (await res.json()) as Invoice;
});

const renderPdf = task(async (html: string, invoiceNumber: string) => {
  const res = await fetch("https://pdf.internal/render", {
    method: "POST",
    headers: { "content-type": "text/html", "x-document-id": invoiceNumber },
    body: html,
  });
  return ((await res.json()) as { url: string }).url;
});

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? "");
}

export const main = workflow(async (invoice_number: string) => {
  const invoice = await fetchInvoice(invoice_number);
  const template = fs.readFileSync(path.join(__dirname, "templates", "invoice.html"), "utf8"); // expect: WAC101
  const rows = invoice.lines.map((l) => `<tr><td>${l.label}</td><td>${(l.cents / 100).toFixed(2)}</td></tr>`).join("");
  const html = fill(template, { number: invoice.number, customer: invoice.customer, rows });
  const url = await renderPdf(html, invoice.number);
  return { invoice: invoice.number, url };
});
