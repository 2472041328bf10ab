// SDK: windmill-client 1.818.0 client.mjs: aws-sdk v2's `putObject(...).promise()` uploads when called; in the body it uploads again on every replay.
import AWS from "aws-sdk";
import { task, workflow } from "windmill-client";

const s3 = new AWS.S3({ region: "eu-west-1" });

const render = task(async (invoiceId: string) => ({ invoiceId, html: `<h1>${invoiceId}</h1>` }));

export const main = workflow(async (bucket: string, invoiceId: string) => {
  const doc = await render(invoiceId);
  await s3.putObject({ Bucket: bucket, Key: `invoices/${invoiceId}.html`, Body: doc.html }).promise(); // expect: WAC101
  return { key: `invoices/${invoiceId}.html` };
});
