// SDK: windmill-client 1.818.0 client.mjs step(): digest("hex") is a string, which JSON carries unchanged.
import { createHmac } from "node:crypto";
import { step, task, workflow } from "windmill-client";

const post = task(async (body: string, sig: string) => ({ body, sig }));

export const main = workflow(async (body: string, secret: string) => {
  const sig = await step("sign", () => createHmac("sha256", secret).update(body).digest("hex"));
  return await post(body, sig);
});
