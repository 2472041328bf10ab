// SDK: windmill-client 1.818.0 several independent tasks started together with Promise.all and destructured; a class instance method that awaits tasks in a fixed order
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Linguist = { email: string; name: string; pairs: string[]; country: string };

const sendNda = task(async (email: string) => {
  const res = await fetch("https://sign.example/envelopes", { method: "POST", body: JSON.stringify({ email, template: "nda-v4" }) });
  return (await res.json()) as { envelopeId: string };
});

const verifyTaxId = task(async (country: string, email: string) => {
  const res = await fetch(`https://tax.example/verify/${country}`, { method: "POST", body: JSON.stringify({ email }) });
  return (await res.json()) as { valid: boolean };
});

const createAccount = task(async (l: Linguist) => {
  const res = await fetch("https://cat.agency.example/users", { method: "POST", body: JSON.stringify(l) });
  return (await res.json()) as { userId: string };
});

const assignTest = task(async (userId: string, pair: string) => {
  const res = await fetch(`https://cat.agency.example/users/${userId}/tests`, { method: "POST", body: JSON.stringify({ pair }) });
  return { pair, ok: res.ok };
});

const emailVm = task(async (page: string, name: string) => {
  await fetch("https://mail.agency.example/send", { method: "POST", body: JSON.stringify({ to: "vm@agency.example", text: `${name}: ${page}` }) });
});

class Onboarding {
  constructor(private readonly l: Linguist) {}
  async tests(userId: string) {
    const results = [];
    for (const pair of [...this.l.pairs].sort()) results.push(await assignTest(userId, pair));
    return results;
  }
}

export const main = workflow(async (linguist: Linguist) => {
  const [nda, tax] = await Promise.all([sendNda(linguist.email), verifyTaxId(linguist.country, linguist.email)]);
  if (!tax.valid) return { onboarded: false, reason: "tax id" };
  const urls = await step("vm_urls", () => getApprovalUrls("vendor_manager"));
  await emailVm(urls.approvalPage, linguist.name);
  const decision = await waitForApproval({ key: "vendor_manager", timeout: 3 * 86400 });
  if (!decision.approved) return { onboarded: false, reason: "rejected" };
  const { userId } = await createAccount(linguist);
  const tests = await new Onboarding(linguist).tests(userId);
  return { onboarded: true, userId, nda: nda.envelopeId, tests };
});
