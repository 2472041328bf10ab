// SDK: windmill-client 1.818.0 client.mjs step(): the URL is signed once and checkpointed, so every replay mails the same one.
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { step, task, workflow } from "windmill-client";

const s3 = new S3Client({ region: "eu-west-1" });

const email = task(async (to: string, url: string) => ({ to, url }));

export const main = workflow(async (to: string, key: string) => {
  const url = await step("sign", () =>
    getSignedUrl(s3, new GetObjectCommand({ Bucket: "reports", Key: key }), { expiresIn: 3600 }),
  );
  return await email(to, url);
});
