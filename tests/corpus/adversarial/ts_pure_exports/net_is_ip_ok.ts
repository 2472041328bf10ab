// SDK: windmill-client 1.818.0 client.mjs: node:net's isIP / isIPv4 / isIPv6 test a string's syntax (no socket); validating the input in the body is pure.
import { isIP, isIPv6 } from "node:net";
import { task, workflow } from "windmill-client";

const allowlist = task(async (ip: string, family: number) => ({ ip, family, added: true }));

export const main = workflow(async (ips: string[]) => {
  const added = [];
  for (const ip of ips) {
    const family = isIP(ip.trim());
    if (family === 0) continue;
    added.push(await allowlist(isIPv6(ip) ? ip.toLowerCase() : ip.trim(), family));
  }
  return { added: added.length };
});
