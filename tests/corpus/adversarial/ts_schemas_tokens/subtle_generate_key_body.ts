// SDK: windmill-client 1.818.0 client.mjs: the body replays; crypto.subtle.generateKey draws a fresh random key each round, so data encrypted with it in one round cannot be read with the key of the next.
import { task, workflow } from "windmill-client";

const storeSecret = task(async (name: string, iv: number[], cipher: number[], rawKey: number[]) => ({ name, bytes: cipher.length, keyBytes: rawKey.length, ivBytes: iv.length }));

export const main = workflow(async (name: string, value: string) => {
  const key = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt"]); // expect: WAC102
  const iv = new Uint8Array(12);
  const cipher = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(value));
  const raw = await crypto.subtle.exportKey("raw", key);
  return await storeSecret(name, [...iv], [...new Uint8Array(cipher)], [...new Uint8Array(raw)]);
});
