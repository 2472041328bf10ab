// SDK: windmill-client 1.818.0 client.mjs step(): JSON.stringify(Buffer) is { type: "Buffer", data: [...] }; the replayed value has no .toString("base64").
import { createHmac } from "node:crypto";
import { step, task, workflow } from "windmill-client";

const post = task(async (body: string, sig: string) => ({ body, sig }));

export const main = workflow(async (body: string, secret: string) => {
  const sig = await step("sign", () => createHmac("sha256", secret).update(body).digest()); // expect: WAC107
  return await post(body, String(sig));
});
