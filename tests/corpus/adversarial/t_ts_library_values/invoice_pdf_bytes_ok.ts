// SDK: client.mjs 1.818.0 a task's result is JSON: the task returns the PDF as base64 text, which survives the checkpoint, and the upload task decodes it
import { PDFDocument, StandardFonts } from "pdf-lib";
import { task, workflow } from "windmill-client";

type Invoice = { number: string; customer: string; lines: Array<{ label: string; cents: number }> };

const renderInvoice = task(async function renderInvoice(invoice: Invoice) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(`Invoice ${invoice.number} - ${invoice.customer}`, { x: 50, y: 790, size: 16, font });
  invoice.lines.forEach((line, i) => {
    page.drawText(`${line.label}  ${(line.cents / 100).toFixed(2)} EUR`, { x: 50, y: 750 - i * 18, size: 11, font });
  });
  const pdfBase64 = await doc.saveAsBase64();
  return { number: invoice.number, pdfBase64 };
});

const uploadInvoice = task(async function uploadInvoice(number: string, pdfBase64: string) {
  const res = await fetch(`https://files.internal/invoices/${number}.pdf`, {
    method: "PUT",
    headers: { "content-type": "application/pdf" },
    body: Buffer.from(pdfBase64, "base64"),
  });
  return { number, stored: res.ok };
});

export const main = workflow(async (invoice: Invoice) => {
  const rendered = await renderInvoice(invoice);
  return await uploadInvoice(rendered.number, rendered.pdfBase64);
});
