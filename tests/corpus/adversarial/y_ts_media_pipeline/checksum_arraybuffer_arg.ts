// SDK: windmill-client 1.818.0 taskScript() sends its one object argument as the child job's args, through JSON: an ArrayBuffer from crypto.subtle.digest arrives as {} (a task of the file would get the live value: _executingKey replays the body)
import { task, taskScript, workflow } from "windmill-client";

const fetchBase64 = task(async (url: string): Promise<string> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download ${res.status}`);
  return Buffer.from(await res.arrayBuffer()).toString("base64");
});

// f/media/record_checksum: main(assetId: string, sha256: ArrayBuffer) hex-encodes and PATCHes the DAM
const recordChecksum = taskScript("f/media/record_checksum");

export const main = workflow(async (assetId: string, url: string) => {
  const b64 = await fetchBase64(url);
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  const hex = await recordChecksum({ assetId, sha256: digest }); // expect: WAC107
  return { assetId, sha256: hex, size: bytes.byteLength };
});
