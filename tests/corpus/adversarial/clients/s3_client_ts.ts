// SDK: windmill-client 1.818.0 client.mjs: an S3 PutObject sent from the workflow body is sent again on each replay round.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

const s3 = new S3Client({ region: "eu-central-1" });

const buildInvoicePdf = task(async (invoiceId: string) => {
  const res = await fetch(`https://pdf.example.com/api/invoices/${invoiceId}`);
  return Buffer.from(await res.arrayBuffer()).toString("base64");
});

export const main = workflow(async (invoiceId: string) => {
  const pdf = await buildInvoicePdf(invoiceId);
  await s3.send(new PutObjectCommand({ Bucket: "invoices", Key: `${invoiceId}.pdf`, Body: pdf })); // expect: WAC101
  return { invoiceId };
});
