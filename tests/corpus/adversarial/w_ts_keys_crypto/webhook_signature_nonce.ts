// SDK: windmill-client 1.818.0 replays the body each round: a nonce from crypto.getRandomValues differs per round
import { task, workflow } from "windmill-client";

const deliverWebhook = task(async (url: string, payload: string, nonce: string, signature: string) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "X-Nonce": nonce, "X-Signature": signature, "Content-Type": "application/json" },
    body: payload,
  });
  return res.status;
});

async function hmacHex(secret: string, data: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const sig = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(data));
  return Buffer.from(sig).toString("hex");
}

export const main = workflow(async (endpoints: string[], event: { type: string; id: string }, secret: string) => {
  const bytes = crypto.getRandomValues(new Uint8Array(12)); // expect: WAC102
  const nonce = Buffer.from(bytes).toString("base64url");
  const payload = JSON.stringify(event);
  const signature = await hmacHex(secret, `${nonce}.${payload}`);
  const statuses = [];
  for (const url of endpoints) {
    statuses.push(await deliverWebhook(url, payload, nonce, signature));
  }
  return statuses;
});
