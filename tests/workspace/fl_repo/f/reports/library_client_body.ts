import { PutObjectCommand } from "@aws-sdk/client-s3";
import { workflow } from "windmill-client";
import { s3 } from "../common/aws.ts";

export const main = workflow(async (bucket: string) => {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: "k", Body: "x" })); // expect: WAC101
  return bucket;
});
