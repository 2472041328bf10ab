// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (the lookup runs once and its JSON result is replayed)
import dns from "node:dns";
import { step, task, workflow } from "windmill-client";

const verifyDomain = task(async (domain: string, token: string) => {
  const res = await fetch(`https://tenants.internal/domains/${domain}/verify`, {
    method: "POST",
    body: JSON.stringify({ token }),
  });
  return res.ok;
});

function lookupTxt(domain: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    dns.resolveTxt(`_acme-verify.${domain}`, (err, records) => (err ? reject(err) : resolve(records)));
  });
}

function normalize(domain: string): string {
  return new URL(`https://${domain.trim()}`).hostname.toLowerCase();
}

export const main = workflow(async (domain: string, expected_token: string) => {
  const host = normalize(domain);
  const records = await step("txt_records", () => lookupTxt(host));
  const found = records.flat().includes(expected_token);
  if (!found) return { domain: host, verified: false };
  const verified = await verifyDomain(host, expected_token);
  return { domain: host, verified };
});
