// SDK: windmill-client 1.818.0 encodeCheckpointPayload writes a bigint as its digits (a string): `bytes > LIMIT` then compares a string with a bigint and `bytes + 0n` throws
import { S3Client, HeadObjectCommand } from "@aws-sdk/client-s3";
import { step, task, workflow } from "windmill-client";

const s3 = new S3Client({});
const MULTIPART_LIMIT = 5n * 1024n * 1024n * 1024n;

const transcode = task(async (bucket: string, key: string, preset: string) => {
  const res = await fetch(`${process.env.MEDIACONVERT_PROXY}/jobs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ input: `s3://${bucket}/${key}`, preset }),
  });
  return ((await res.json()) as { jobId: string }).jobId;
});

const splitUpload = task(async (bucket: string, key: string, parts: number) => {
  const res = await fetch(`${process.env.MEDIA_SVC}/split`, { method: "POST", body: JSON.stringify({ bucket, key, parts }) });
  return ((await res.json()) as { keys: string[] }).keys;
});

export const main = workflow(async (bucket: string, key: string, preset: string = "hls-1080p") => {
  const bytes = await step("size", async () => {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return BigInt(head.ContentLength ?? 0); // expect: WAC107
  });

  if (bytes > MULTIPART_LIMIT) {
    const parts = Number((bytes + MULTIPART_LIMIT - 1n) / MULTIPART_LIMIT);
    const pieces = await splitUpload(bucket, key, parts);
    const jobs: string[] = [];
    for (const piece of pieces) jobs.push(await transcode(bucket, piece, preset));
    return { key, jobs };
  }
  return { key, jobs: [await transcode(bucket, key, preset)] };
});
