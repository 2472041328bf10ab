// SDK: windmill-client 1.818.0 client.mjs: an HMAC and a sha256 of the inputs are the same on every replay.
import { createHash, createHmac } from "node:crypto";
import { task, workflow } from "windmill-client";

const send = task(async (sig: string, id: string) => ({ sig, id }));

export const main = workflow(async (id: string, body: string, secret: string) => {
  const digest = createHash("sha256").update(body).digest("hex");
  const sig = createHmac("sha256", secret).update(`${id}.${digest}`).digest("base64");
  return await send(sig, id);
});
