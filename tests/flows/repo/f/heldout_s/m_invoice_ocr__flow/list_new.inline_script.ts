import { S3Client, ListObjectsV2Command } from "npm:@aws-sdk/client-s3@3";

type S3 = { bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

export async function main(bucket: S3, prefix: string) {
  const s3 = new S3Client({ region: bucket.region, credentials: { accessKeyId: bucket.accessKeyId, secretAccessKey: bucket.secretAccessKey } });
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket.bucket, Prefix: prefix }));
  const keys = (out.Contents ?? []).map((o) => o.Key!).filter((k) => k.endsWith(".pdf"));
  return { keys };
}
