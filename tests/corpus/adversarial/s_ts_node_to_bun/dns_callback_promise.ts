// SDK: windmill-client 1.818.0 client.mjs workflow() (the Promise executor runs in the body, every round); node:dns resolveTxt queries the network
import dns from "node:dns";
import { task, workflow } from "windmill-client";

const verifyDomain = task(async (domain: string, token: string) => {
  const res = await fetch(`https://tenants.internal/domains/${domain}/verify`, {
    method: "POST",
    body: JSON.stringify({ token }),
  });
  return res.ok;
});

const requestCertificate = task(async (domain: string) => {
  const res = await fetch("https://certs.internal/issue", { method: "POST", body: JSON.stringify({ domain }) });
  return ((await res.json()) as { certId: string }).certId;
});

function lookupTxt(domain: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    dns.resolveTxt(`_acme-verify.${domain}`, (err, records) => (err ? reject(err) : resolve(records)));
  });
}

export const main = workflow(async (domain: string, expected_token: string) => {
  const records = await lookupTxt(domain); // expect: WAC101
  const found = records.flat().includes(expected_token);
  if (!found) return { domain, verified: false };
  const verified = await verifyDomain(domain, expected_token);
  const certId = verified ? await requestCertificate(domain) : null;
  return { domain, verified, certId };
});
