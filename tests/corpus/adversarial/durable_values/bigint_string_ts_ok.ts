// SDK: windmill-client 1.818.0 client.mjs: BigInt arithmetic in the body, converted with toString() before it crosses the checkpoint.
import { task, workflow } from "windmill-client";

const bill = task(async (bytes: string) => ({ gib: Number(BigInt(bytes) / 1073741824n) }));

export const main = workflow(async (sizes: string[]) => {
  let total = 0n;
  for (const s of sizes) total += BigInt(s);
  return await bill(total.toString());
});
