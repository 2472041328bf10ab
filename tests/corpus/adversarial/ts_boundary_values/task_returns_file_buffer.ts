// SDK: windmill-client 1.818.0 client.mjs task(): the result crosses JSON; `readFile` without an encoding gives a Buffer, whose toJSON is `{ type: "Buffer", data: [...] }`, so the upload task gets an object of numbers instead of the PDF's bytes.
import { readFile } from "node:fs/promises";
import { task, workflow } from "windmill-client";

const renderPdf = task(async (invoiceId: string) => {
  const proc = Bun.spawn(["wkhtmltopdf", `https://billing.example.com/invoices/${invoiceId}/html`, "/tmp/invoice.pdf"]);
  await proc.exited;
  return await readFile("/tmp/invoice.pdf"); // expect: WAC107
});

const upload = task(async (invoiceId: string, pdf: Uint8Array) => {
  await fetch(`https://files.example.com/invoices/${invoiceId}.pdf`, { method: "PUT", body: pdf });
  return `${invoiceId}.pdf`;
});

export const main = workflow(async (invoiceId: string) => {
  const pdf = await renderPdf(invoiceId);
  return await upload(invoiceId, pdf);
});
