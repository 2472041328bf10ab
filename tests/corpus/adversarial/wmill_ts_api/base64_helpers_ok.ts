// SDK: windmill-client 1.818.0 client.mjs base64ToUint8Array()/uint8ArrayToBase64()/getWorkspace(): pure conversions and an env read of the job's own workspace.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const store = task(async (workspace: string, payload: string) => ({ workspace, size: payload.length }));

export const main = workflow(async (encoded: string) => {
  const bytes = wmill.base64ToUint8Array(encoded);
  const trimmed = bytes.slice(0, 1024);
  const again = wmill.uint8ArrayToBase64(trimmed);
  return await store(wmill.getWorkspace(), again);
});
