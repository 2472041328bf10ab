// SDK: windmill-client 1.818.0 task results are JSON-decoded (a Set becomes {}), step() the same; .has on it throws on every round
import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

const s3 = new S3Client({});

const listKeys = task(async (bucket: string, prefix: string): Promise<Set<string>> => {
  const keys = new Set<string>();
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const obj of page.Contents ?? []) if (obj.Key) keys.add(obj.Key);
    token = page.NextContinuationToken;
  } while (token);
  return keys; // expect: WAC107
});

const copyObject = task(async (src: string, dest: string, key: string) => {
  const res = await fetch(`${process.env.MEDIA_SVC}/copy`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ src, dest, key }),
  });
  return res.ok;
});

export const main = workflow(async (sourceBucket: string, archiveBucket: string, prefix: string) => {
  const archived = await listKeys(archiveBucket, prefix);
  const incoming = await listKeys(sourceBucket, prefix);
  let copied = 0;
  for (const key of [...incoming].sort()) {
    if (archived.has(key)) continue;
    if (await copyObject(sourceBucket, archiveBucket, key)) copied++;
  }
  return { copied };
});
