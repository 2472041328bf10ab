// SDK: windmill-client 1.818.0 client.mjs: importing a key given as input and signing / digesting input data with WebCrypto is deterministic (HMAC and SHA-256 draw no randomness).
import { task, workflow } from "windmill-client";

const deliver = task(async (url: string, body: string, signature: string) => ({ url, signature, bytes: body.length }));

export const main = workflow(async (url: string, payload: { event: string; id: string }, secret: string) => {
  const body = JSON.stringify(payload);
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body));
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(payload.id));
  const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, "0")).join("");
  return await deliver(`${url}?d=${hex(digest).slice(0, 12)}`, body, hex(mac));
});
