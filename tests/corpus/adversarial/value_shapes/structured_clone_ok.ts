// SDK: windmill-client 1.818.0 client.mjs: structuredClone and a JSON round trip copy values in memory; nothing is read from outside the inputs.
import { task, workflow } from "windmill-client";

const apply = task(async (cfg: { retries: number; region: string }) => cfg);

export const main = workflow(async (base: { retries: number; region: string }) => {
  const staging = structuredClone(base);
  staging.region = "eu-staging";
  const prod = JSON.parse(JSON.stringify(base)) as typeof base;
  prod.retries = Math.max(prod.retries, 3);
  return [await apply(staging), await apply(prod)];
});
