// SDK: windmill-client 1.818.0 client.mjs step(name, fn): the secret is read once and replayed from the checkpoint.
import { SecretManagerServiceClient } from "@google-cloud/secret-manager";
import { step, task, workflow } from "windmill-client";

const secrets = new SecretManagerServiceClient();
const sign = task(async (key: string, body: string) => ({ body, signed: key.length > 0 }));

export const main = workflow(async (name: string, body: string) => {
  const key = await step("read-key", async () => {
    const [v] = await secrets.accessSecretVersion({ name });
    return v.payload?.data?.toString() ?? "";
  });
  return await sign(key, body);
});
