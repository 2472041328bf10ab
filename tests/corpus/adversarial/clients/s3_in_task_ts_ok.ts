// SDK: windmill-client 1.818.0 client.mjs: a task body runs in its own job once per key; the module-level S3 client used there is not replayed.
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

const s3 = new S3Client({ region: "us-east-2" });

const readManifest = task(async (bucket: string, key: string) => {
  const obj = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return JSON.parse(await obj.Body!.transformToString()) as { files: string[] };
});

const ingest = task(async (bucket: string, file: string) => ({ file, rows: 1000 }));

export const main = workflow(async (bucket: string, manifestKey: string) => {
  const manifest = await readManifest(bucket, manifestKey);
  const results = [];
  for (const f of manifest.files) results.push(await ingest(bucket, f));
  return { files: results.length, rows: results.reduce((s, r) => s + r.rows, 0) };
});
