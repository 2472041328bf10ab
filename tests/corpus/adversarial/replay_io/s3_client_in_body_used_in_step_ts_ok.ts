// SDK: windmill-client 1.818.0 client.mjs step(): the ListObjects request runs in the step; new S3Client(...) in the body makes no request.
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { step, task, workflow } from "windmill-client";

const process = task(async (keys: string[]) => keys.length);

export const main = workflow(async (bucket: string, prefix: string) => {
  const s3 = new S3Client({ region: "eu-west-1" });
  const keys = await step("list_keys", async () => {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
    return (out.Contents ?? []).map((o) => o.Key ?? "");
  });
  return await process(keys);
});
