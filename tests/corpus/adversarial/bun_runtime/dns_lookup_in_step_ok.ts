// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the lookup runs once and its addresses are checkpointed.
import dns from "node:dns";
import { step, task, workflow } from "windmill-client";

const probe = task(async (ip: string) => ({ ip, up: true }));

export const main = workflow(async (host: string) => {
  const ips = await step("resolve", () => dns.promises.resolve4(host));
  return await probe(ips[0]);
});
