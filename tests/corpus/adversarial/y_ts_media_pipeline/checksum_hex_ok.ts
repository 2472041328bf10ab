// SDK: windmill-client 1.818.0 task() sends its arguments as JSON; crypto.subtle.digest of checkpointed bytes is deterministic, and its hex string survives
import { task, workflow } from "windmill-client";

const fetchBase64 = task(async (url: string): Promise<string> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download ${res.status}`);
  return Buffer.from(await res.arrayBuffer()).toString("base64");
});

const recordChecksum = task(async (assetId: string, sha256: string) => {
  await fetch(`${process.env.DAM_URL}/assets/${assetId}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${process.env.DAM_TOKEN}` },
    body: JSON.stringify({ sha256 }),
  });
  return sha256;
});

function toHex(buf: ArrayBuffer): string {
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export const main = workflow(async (assetId: string, url: string) => {
  const b64 = await fetchBase64(url);
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const started = performance.now();
  const digest = toHex(await crypto.subtle.digest("SHA-256", bytes));
  console.log(`hashed ${bytes.byteLength} bytes in ${(performance.now() - started).toFixed(1)}ms`);
  const hex = await recordChecksum(assetId, digest);
  return { assetId, sha256: hex, size: bytes.byteLength };
});
