// SDK: windmill-client 1.818.0 client.mjs: a bigint does not survive the checkpoint's JSON encoding as a bigint (JSON.stringify throws on it; the SDK's encoder turns it into digits), so the caller's bigint arithmetic breaks.
import { task, workflow } from "windmill-client";

const totalBytes = task(async (sizes: string[]) => {
  let total = 0n;
  for (const s of sizes) total += BigInt(s);
  return total; // expect: WAC107
});

const bill = task(async (bytes: string) => ({ bytes }));

export const main = workflow(async (sizes: string[]) => {
  const total = await totalBytes(sizes);
  return await bill(String(total));
});
