// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; generateKeyPairSync draws a new key pair each round, so the public key registered and the private key kept can differ.
import { generateKeyPairSync } from "node:crypto";
import { task, workflow } from "windmill-client";

const register = task(async (publicKey: string) => ({ registered: true }));

export const main = workflow(async (name: string) => {
  const { publicKey } = generateKeyPairSync("ed25519", { publicKeyEncoding: { type: "spki", format: "pem" } }); // expect: WAC102
  return await register(publicKey as unknown as string);
});
