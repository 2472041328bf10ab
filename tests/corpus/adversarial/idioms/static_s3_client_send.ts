// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body re-runs after each task; `Storage.client.send(new PutObjectCommand(...))` (a static field holding an S3Client) uploads on every replay.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

class Storage {
  static client = new S3Client({ region: "eu-west-1" });
  static bucket = "reports";
}

const render = task(async function render(reportId: string) {
  return `<h1>${reportId}</h1>`;
});

export const main = workflow(async (reportId: string) => {
  const html = await render(reportId);
  await Storage.client.send( // expect: WAC101
    new PutObjectCommand({ Bucket: Storage.bucket, Key: `${reportId}.html`, Body: html }),
  );
  return reportId;
});
