import * as tls from "node:tls";

function notAfter(domain: string): Promise<Date> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect(443, domain, { servername: domain }, () => {
      const cert = socket.getPeerCertificate();
      socket.end();
      resolve(new Date(cert.valid_to));
    });
    socket.on("error", reject);
  });
}

export async function main(domains: string[], days: number = 30) {
  const limit = Date.now() + days * 86_400_000;
  const out: { domain: string; expires: string }[] = [];
  for (const domain of domains) {
    const expires = await notAfter(domain);
    if (expires.getTime() < limit) out.push({ domain, expires: expires.toISOString() });
  }
  return out;
}
