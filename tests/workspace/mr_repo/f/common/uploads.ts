import { PutObjectCommand } from "@aws-sdk/client-s3";
import { s3 } from "./aws_client.ts";

export async function upload(bucket: string, key: string, body: string) {
  return await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
}

export function keyFor(day: string): string {
  return `reports/${day}.json`;
}

export async function main(day: string) {
  return keyFor(day);
}
