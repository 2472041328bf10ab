// SDK: windmill-client 1.818.0 sleep(seconds) is durable; counting rounds instead of reading the clock bounds the wait the same way each replay
import { sleep, task, workflow } from "windmill-client";

const checkDnsPropagation = task(async (domain: string, expected: string) => {
  const res = await fetch(`https://dns.google/resolve?name=${domain}&type=TXT`);
  const body = (await res.json()) as { Answer?: { data: string }[] };
  return (body.Answer ?? []).some((a) => a.data.includes(expected));
});

const issueCertificate = task(async (domain: string) => {
  const res = await fetch(`https://acme.internal/certificates`, { method: "POST", body: domain });
  return ((await res.json()) as { certId: string }).certId;
});

export const main = workflow(async (domain: string, token: string, budgetMinutes: number = 30) => {
  let propagated = false;
  let round = 0;
  do {
    propagated = await checkDnsPropagation(domain, token);
    if (propagated) break;
    await sleep(60);
  } while (++round < budgetMinutes);
  if (!propagated) return { domain, issued: false };
  return { domain, issued: true, certId: await issueCertificate(domain) };
});
