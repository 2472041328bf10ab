// SDK: windmill-client 1.818.0 client.mjs: the body must be deterministic; crypto.subtle.digest of the inputs is (only randomUUID/getRandomValues are random).
import { task, workflow } from "windmill-client";

const storeArtifact = task(async (name: string, sha256: string) => ({ name, sha256, stored: true }));

export const main = workflow(async (name: string, content: string) => {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(content));
  const sha256 = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  return await storeArtifact(name, sha256);
});
