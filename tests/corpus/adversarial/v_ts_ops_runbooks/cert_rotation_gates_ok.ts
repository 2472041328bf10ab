// SDK: windmill-client 1.818.0 _waitForApproval: distinct keys are allocated once each; timeout in seconds
// TLS certificate rotation: one gate instance per approval, each with its own key.
import { task, waitForApproval, workflow } from "windmill-client";

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

const securityReview = new SignOffGate("security_review", 24);
const prodPromotion = new SignOffGate("prod_promotion", 8);

export const main = workflow(async (domain: string) => {
  const cert = await issueCert(domain);
  await securityReview.ask(`new cert ${cert.serial} for ${domain}`);
  await deployCert(domain, cert.serial, "staging");
  const go = await prodPromotion.ask(`promote ${cert.serial} to prod`);
  if (!go.approved) return { serial: cert.serial, prod: false };
  await deployCert(domain, cert.serial, "prod");
  return { serial: cert.serial, prod: true };
});
