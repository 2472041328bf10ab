// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a DNS lookup is network I/O whose answer can change between rounds.
import { resolve4 } from "node:dns/promises";
import { task, workflow } from "windmill-client";

const probe = task(async (ip: string) => ({ ip, up: true }));

export const main = workflow(async (host: string) => {
  const ips = await resolve4(host); // expect: WAC101
  return await probe(ips[0]);
});
