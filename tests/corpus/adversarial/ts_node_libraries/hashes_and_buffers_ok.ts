// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round with the same inputs; hashes, HMACs and encodings of the inputs are the same every replay.
import { createHash, createHmac } from "node:crypto";
import { stringify } from "node:querystring";
import { task, workflow } from "windmill-client";

const deliver = task(async (url: string, signature: string) => ({ url, signature }));

export const main = workflow(async (payload: { id: string; amount: number }, secret: string) => {
  const body = JSON.stringify(payload);
  const digest = createHash("sha256").update(body).digest("hex");
  const signature = createHmac("sha256", secret).update(body).digest("base64");
  const url = `https://hooks.example.com/in?${stringify({ id: payload.id, d: digest.slice(0, 12) })}`;
  const encoded = Buffer.from(body, "utf8").toString("base64url");
  console.log("payload bytes", encoded.length);
  return await deliver(url, signature);
});
