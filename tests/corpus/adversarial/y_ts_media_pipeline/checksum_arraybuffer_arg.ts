// SDK: windmill-client 1.818.0 task() puts its arguments in the step's args, sent as JSON: an ArrayBuffer from crypto.subtle.digest arrives as {}
import { task, workflow } from "windmill-client";

const fetchBase64 = task(async (url: string): Promise<string> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download ${res.status}`);
  return Buffer.from(await res.arrayBuffer()).toString("base64");
});

const recordChecksum = task(async (assetId: string, sha256: ArrayBuffer) => {
  const hex = [...new Uint8Array(sha256)].map((b) => b.toString(16).padStart(2, "0")).join("");
  await fetch(`${process.env.DAM_URL}/assets/${assetId}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${process.env.DAM_TOKEN}` },
    body: JSON.stringify({ sha256: hex }),
  });
  return hex;
});

export const main = workflow(async (assetId: string, url: string) => {
  const b64 = await fetchBase64(url);
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  const hex = await recordChecksum(assetId, digest); // expect: WAC107
  return { assetId, sha256: hex, size: bytes.byteLength };
});
