// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; an environment read in the body, even behind `?.` and `??`, is not checkpointed.
import { task, workflow } from "windmill-client";

const uploadReport = task(async (bucket: string, region: string, day: string) => `s3://${bucket}/${day}`);

export const main = workflow(async (day: string, bucket?: string) => {
  const region = globalThis.process?.env?.AWS_REGION ?? "us-east-1"; // expect: WAC102
  const target = bucket ?? "reports";
  return await uploadReport(target, region, day);
});
