import { S3Client } from "@aws-sdk/client-s3";

// Built once when the module loads: building a client sends nothing.
export const s3 = new S3Client({ region: "eu-west-1" });

export async function main() {
  return "aws_client";
}
