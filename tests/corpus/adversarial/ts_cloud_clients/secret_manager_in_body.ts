// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; reading the secret in the body asks Secret Manager again each round (and sees a rotated value).
import { SecretManagerServiceClient } from "@google-cloud/secret-manager";
import { task, workflow } from "windmill-client";

const secrets = new SecretManagerServiceClient();
const sign = task(async (key: string, body: string) => ({ body, signed: key.length > 0 }));

export const main = workflow(async (name: string, body: string) => {
  const [v] = await secrets.accessSecretVersion({ name }); // expect: WAC101
  return await sign(v.payload?.data?.toString() ?? "", body);
});
