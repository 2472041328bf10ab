// SDK: windmill-client 1.818.0 client.mjs: the body replays; getSignedUrl signs locally but stamps X-Amz-Date from the clock, so each replay makes a different URL.
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { task, workflow } from "windmill-client";

const s3 = new S3Client({ region: "eu-west-1" });

const email = task(async (to: string, url: string) => ({ to, url }));

export const main = workflow(async (to: string, key: string) => {
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: "reports", Key: key }), { expiresIn: 3600 }); // expect: WAC102
  return await email(to, url);
});
