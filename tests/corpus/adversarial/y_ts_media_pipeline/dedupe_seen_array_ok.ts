// SDK: windmill-client 1.818.0 task results are JSON-decoded; a sorted string[] survives, and a Set rebuilt in the body is only used in this round
import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { task, workflow } from "windmill-client";

const s3 = new S3Client({});

const listKeys = task(async (bucket: string, prefix: string): Promise<string[]> => {
  const keys = new Set<string>();
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const obj of page.Contents ?? []) if (obj.Key) keys.add(obj.Key);
    token = page.NextContinuationToken;
  } while (token);
  return [...keys].sort();
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
  const archived = new Set(await listKeys(archiveBucket, prefix));
  const incoming = await listKeys(sourceBucket, prefix);
  let copied = 0;
  for (const key of incoming) {
    if (archived.has(key)) continue;
    if (await copyObject(sourceBucket, archiveBucket, key)) copied++;
  }
  return { copied };
});
