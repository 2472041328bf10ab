// SDK: windmill-client 1.818.0 client.mjs task(): `Bun.hash` (wyhash) returns a 64-bit bigint; the checkpoint's encoder writes a bigint as a string of its digits, so `bucket % 16n` in the body mixes a string with a bigint (TypeError).
import { task, workflow } from "windmill-client";

const fingerprint = task(async (customerId: string) => {
  const res = await fetch(`https://crm.example.com/customers/${customerId}`);
  const profile = await res.text();
  return Bun.hash(profile); // expect: WAC107
});

const assignShard = task(async (customerId: string, shard: number) => {
  await fetch(`https://router.example.com/customers/${customerId}/shard`, {
    method: "PUT",
    body: JSON.stringify({ shard }),
  });
  return shard;
});

export const main = workflow(async (customerId: string) => {
  const bucket = await fingerprint(customerId);
  return await assignShard(customerId, Number(bucket % 16n));
});
