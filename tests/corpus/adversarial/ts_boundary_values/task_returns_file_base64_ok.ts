// SDK: windmill-client 1.818.0 client.mjs task(): the task returns the file as a base64 string (readFile with an encoding), which JSON keeps; the upload task decodes it.
import { readFile } from "node:fs/promises";
import { task, workflow } from "windmill-client";

const renderPdf = task(async (invoiceId: string) => {
  const proc = Bun.spawn(["wkhtmltopdf", `https://billing.example.com/invoices/${invoiceId}/html`, "/tmp/invoice.pdf"]);
  await proc.exited;
  return await readFile("/tmp/invoice.pdf", "base64");
});

const upload = task(async (invoiceId: string, pdfBase64: string) => {
  await fetch(`https://files.example.com/invoices/${invoiceId}.pdf`, {
    method: "PUT",
    body: Buffer.from(pdfBase64, "base64"),
  });
  return `${invoiceId}.pdf`;
});

export const main = workflow(async (invoiceId: string) => {
  const pdf = await renderPdf(invoiceId);
  return await upload(invoiceId, pdf);
});
