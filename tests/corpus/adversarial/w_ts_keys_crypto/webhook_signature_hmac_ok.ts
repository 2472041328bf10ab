// SDK: windmill-client 1.818.0 replays the body: an HMAC and a SHA-256 of the inputs (crypto.subtle) are the same each round
import { task, workflow } from "windmill-client";

const deliverWebhook = task(async (url: string, payload: string, deliveryId: string, signature: string) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "X-Delivery": deliveryId, "X-Signature": signature, "Content-Type": "application/json" },
    body: payload,
  });
  return res.status;
});

const enc = new TextEncoder();

async function hmacHex(secret: string, data: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return Buffer.from(await crypto.subtle.sign("HMAC", key, enc.encode(data))).toString("hex");
}

async function sha256Hex(data: string): Promise<string> {
  return Buffer.from(await crypto.subtle.digest("SHA-256", enc.encode(data))).toString("hex");
}

export const main = workflow(async (endpoints: string[], event: { type: string; id: string }, secret: string) => {
  const payload = JSON.stringify(event);
  const deliveryId = (await sha256Hex(`${event.type}:${event.id}`)).slice(0, 24);
  const signature = await hmacHex(secret, `${deliveryId}.${payload}`);
  const statuses = [];
  for (const url of endpoints) {
    statuses.push(await deliverWebhook(url, payload, deliveryId, signature));
  }
  return statuses;
});
