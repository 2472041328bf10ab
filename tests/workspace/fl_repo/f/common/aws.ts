import { S3Client } from "@aws-sdk/client-s3";

// one client for the workspace's scripts
export const s3 = new S3Client({ region: "eu-west-1" });

export async function main() {
  return "aws";
}
