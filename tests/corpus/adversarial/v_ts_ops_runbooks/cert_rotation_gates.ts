// SDK: windmill-client 1.818.0 _waitForApproval: with options.key, _allocKey gives key_2 the second time and the SDK throws 'WAC step key "..." is already used in this workflow'
// TLS certificate rotation with sign-off gates wrapped in a small class.
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

class SignOffGate {
  constructor(
    private readonly key: string,
    private readonly hours: number,
  ) {}

  async ask(summary: string) {
    console.log(`waiting for ${this.key}: ${summary}`);
    return await waitForApproval({ key: this.key, timeout: this.hours * 3600 });
  }
}

const issueCert = task(async (domain: string) => {
  const r = await fetch(`https://pki.internal/issue`, { method: "POST", body: JSON.stringify({ domain }) });
  return (await r.json()) as { serial: string; notAfter: string };
});

const deployCert = task(async (domain: string, serial: string, tier: "staging" | "prod") => {
  await fetch(`https://edge.internal/${tier}/certs`, { method: "PUT", body: JSON.stringify({ domain, serial }) });
  return tier;
});

const security = new SignOffGate("security", 24);

export const main = workflow(async (domain: string) => {
  const cert = await issueCert(domain);
  await security.ask(`new cert ${cert.serial} for ${domain}`);
  await deployCert(domain, cert.serial, "staging");
  await security.ask(`promote ${cert.serial} to prod`); // expect: WAC303
  await deployCert(domain, cert.serial, "prod");
  return { serial: cert.serial, notAfter: cert.notAfter };
});
