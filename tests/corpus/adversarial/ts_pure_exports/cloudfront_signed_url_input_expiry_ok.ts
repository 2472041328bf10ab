// SDK: windmill-client 1.818.0 client.mjs: @aws-sdk/cloudfront-signer's getSignedUrl signs the URL locally with the private key and the expiry given (no request, no clock when dateLessThan is an input); the link is mailed by the task.
import { getSignedUrl } from "@aws-sdk/cloudfront-signer";
import { task, workflow } from "windmill-client";

const mailLink = task(async (to: string, url: string) => ({ to, url }));

export const main = workflow(async (to: string, path: string, keyPairId: string, privateKey: string, expiresAt: string) => {
  const url = getSignedUrl({ url: `https://cdn.example.com/${path}`, keyPairId, privateKey, dateLessThan: expiresAt });
  return await mailLink(to, url);
});
