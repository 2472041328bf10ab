// Renew TLS certificates that expire within 21 days and reload the edge
// proxies once at the end if anything changed.
import { task, taskScript, workflow } from "windmill-client";
import { $ } from "bun";

const reloadProxies = taskScript("f/infra/reload_edge_proxies", { tag: "infra" });

const listCertificates = task(async (zone: string): Promise<{ domain: string; days_left: number }[]> => {
  return await (await fetch(`https://certs.internal.example/api/zones/${zone}/certificates`)).json();
});

const renewCertificate = task(
  async (domain: string) => {
    await $`certbot renew --cert-name ${domain} --non-interactive`;
    return { domain, renewed: true };
  },
  { timeout: 600, tag: "infra" },
);

export const main = workflow(async (zone: string, thresholdDays: number = 21) => {
  const certificates = await listCertificates(zone);
  const renewed: string[] = [];
  for (const cert of certificates) {
    if (cert.days_left > thresholdDays) continue;
    const result = await renewCertificate(cert.domain);
    renewed.push(result.domain);
  }
  if (renewed.length > 0) {
    await reloadProxies({ zone });
  }
  return { renewed };
});
