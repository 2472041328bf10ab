// SDK: windmill-client 1.818.0: WM_WORKSPACE is set by the worker to the job's workspace, the same in every round and in task jobs (getWorkspace() returns it)
import { step, task, taskScript, workflow } from "windmill-client";

const { WM_WORKSPACE } = process.env;

type Franchisee = { legalName: string; siret: string; city: string; contactEmail: string };

const provisionTill = taskScript("f/bakery/pos/provision_till", { timeout: 900 });

const createLedger = task(async (siret: string, city: string) => {
  const res = await fetch("https://accounting.example-bakery.com/api/ledgers", {
    method: "POST",
    headers: { "content-type": "application/json", "Idempotency-Key": `ledger-${siret}` },
    body: JSON.stringify({ siret, city }),
  });
  if (!res.ok) throw new Error(`ledger: ${res.status}`);
  return (await res.json()) as { ledgerId: string };
});

const sendWelcomePack = task(async (email: string, ledgerId: string, tills: string[]) => {
  await fetch("https://mail.example-bakery.com/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "welcome", vars: { ledgerId, tills } }),
  });
});

const shopSlug = (f: Franchisee) =>
  `${f.city}-${f.legalName}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");

export const main = workflow(async (franchisee: Franchisee, tills = 2) => {
  const slug = shopSlug(franchisee);
  const docsPrefix = `${WM_WORKSPACE}/franchise/${slug}`;
  const { ledgerId } = await createLedger(franchisee.siret, franchisee.city);
  const tillIds: string[] = [];
  for (let n = 1; n <= tills; n++) {
    tillIds.push(await provisionTill({ shop: slug, till: n, ledgerId }));
  }
  await sendWelcomePack(franchisee.contactEmail, ledgerId, tillIds);
  const onboardedAt = await step("onboarded_at", () => new Date().toISOString());
  return { slug, docsPrefix, ledgerId, tillIds, onboardedAt };
});
