// SDK: windmill-client 1.818.0 taskScript() sends its object argument as JSON; crypto.subtle.digest of checkpointed bytes is deterministic, and its hex string survives
import { task, taskScript, workflow } from "windmill-client";

const fetchBase64 = task(async (url: string): Promise<string> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download ${res.status}`);
  return Buffer.from(await res.arrayBuffer()).toString("base64");
});

// f/media/record_checksum: main(assetId: string, sha256: string) PATCHes the DAM
const recordChecksum = taskScript("f/media/record_checksum");

function toHex(buf: ArrayBuffer): string {
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export const main = workflow(async (assetId: string, url: string) => {
  const b64 = await fetchBase64(url);
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const started = performance.now();
  const digest = toHex(await crypto.subtle.digest("SHA-256", bytes));
  console.log(`hashed ${bytes.byteLength} bytes in ${(performance.now() - started).toFixed(1)}ms`);
  const hex = await recordChecksum({ assetId, sha256: digest });
  return { assetId, sha256: hex, size: bytes.byteLength };
});
