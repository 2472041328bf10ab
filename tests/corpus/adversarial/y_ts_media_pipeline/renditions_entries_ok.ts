// SDK: windmill-client 1.818.0 step() returns the JSON round-trip of its value; a plain object keyed by width survives it
import { S3Client, HeadObjectCommand } from "@aws-sdk/client-s3";
import { step, task, workflow } from "windmill-client";

const s3 = new S3Client({ region: process.env.AWS_REGION ?? "eu-west-1" });

const WIDTHS = [320, 640, 1280, 1920] as const;

const resize = task(async (bucket: string, key: string, width: number) => {
  const res = await fetch(`${process.env.IMGPROXY_URL}/rs:fit:${width}/plain/s3://${bucket}/${key}@webp`, { method: "POST" });
  if (!res.ok) throw new Error(`imgproxy ${res.status} for ${key}@${width}`);
  const target = key.replace(/\.[a-z]+$/i, `_${width}.webp`);
  return { width, key: target, bytes: Number(res.headers.get("content-length") ?? 0) };
});

const headObject = task(async (bucket: string, key: string) => {
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  return { contentType: head.ContentType ?? "", size: head.ContentLength ?? 0 };
});

export const main = workflow(async (bucket: string, key: string) => {
  const original = await headObject(bucket, key);
  if (!original.contentType.startsWith("image/")) {
    return { key, skipped: true };
  }

  const plan = await step("plan", () => Object.fromEntries(WIDTHS.map((w) => [String(w), original.size > w * 1000])));
  const lookup = new Map(Object.entries(plan));
  const done: { width: number; key: string; bytes: number }[] = [];
  for (const w of WIDTHS) {
    if (!lookup.get(String(w))) continue;
    done.push(await resize(bucket, key, w));
  }
  return { key, renditions: done };
});
