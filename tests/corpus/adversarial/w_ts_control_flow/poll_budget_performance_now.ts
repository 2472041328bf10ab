// SDK: windmill-client 1.818.0 replays the body each round in a new process: performance.now() restarts, so the loop takes another path on replay
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
  for (let round = 0; !propagated; round++) {
    propagated = await checkDnsPropagation(domain, token);
    if (propagated) break;
    if (performance.now() > budgetMinutes * 60_000) break; // expect: WAC102
    await sleep(60);
  }
  if (!propagated) return { domain, issued: false };
  return { domain, issued: true, certId: await issueCertificate(domain) };
});
