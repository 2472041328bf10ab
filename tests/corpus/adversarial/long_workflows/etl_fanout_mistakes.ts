// SDK: windmill-client 1.818.0 client.mjs: the same ETL with mistakes: the listing in the body, a Map out of a task, a Date.now-based step name.
import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { parallel, step, task, workflow } from "windmill-client";

const s3 = new S3Client({ region: "eu-west-1" });

const loadFile = task(async (bucket: string, key: string) => {
  const counts = new Map<string, number>();
  counts.set(key, key.length);
  return counts; // expect: WAC107
});

export const main = workflow(async (bucket: string, day: string) => {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `exports/${day}/` })); // expect: WAC101
  const keys = (out.Contents ?? []).map((o) => o.Key ?? "");
  const reports = await parallel(keys, (key: string) => loadFile(bucket, key), { concurrency: 8 });
  const marker = await step(`done-${Date.now()}`, () => reports.length); // expect: WAC102, WAC103
  return { marker };
});
