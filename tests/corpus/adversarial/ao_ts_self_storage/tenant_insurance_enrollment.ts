// SDK: windmill-client 1.818.0: a catch that throws a new Error replaces StepSuspend, so the first round's suspension becomes a failure; _waitForApproval throws when an explicit key is already used in the run ("WAC step key ... is already used")
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Tenant = { id: string; name: string; email: string; unit: string; declaredValueCents: number };
type Quote = { planId: string; coverageCents: number; premiumCents: number };

const INSURER = "https://partners.example-insure.com/storage/v1";

const quote = task(async (t: Tenant): Promise<Quote> => {
  const key = await wmill.getVariable("f/storage/insurer_key");
  const r = await fetch(`${INSURER}/quotes`, {
    method: "POST",
    headers: { "x-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({ declaredValueCents: t.declaredValueCents, unit: t.unit }),
  });
  if (!r.ok) throw new Error(`quote ${r.status}`);
  return (await r.json()) as Quote;
});

const enroll = task(async (t: Tenant, q: Quote) => {
  const key = await wmill.getVariable("f/storage/insurer_key");
  const r = await fetch(`${INSURER}/policies`, {
    method: "POST",
    headers: { "x-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({ tenant: t.id, name: t.name, planId: q.planId }),
  });
  if (!r.ok) throw new Error(`enroll ${r.status}`);
  return ((await r.json()) as { policy: string }).policy;
});

const askManager = task(async (t: Tenant, q: Quote, links: { resume: string; cancel: string }) => {
  await fetch("https://pms.example-storage.com/api/inbox/manager", {
    method: "POST",
    body: JSON.stringify({ subject: `High-value coverage for ${t.unit}`, quote: q, ...links }),
  });
});

const addToLedger = task(async (tenantId: string, policy: string, premiumCents: number) => {
  await fetch(`https://pms.example-storage.com/api/tenants/${tenantId}/charges`, {
    method: "POST",
    body: JSON.stringify({ kind: "insurance", policy, amountCents: premiumCents, recurring: "monthly" }),
  });
});

export const main = workflow(async (tenant: Tenant, highValueCents = 2_500_000) => {
  let q: Quote;
  try {
    q = await quote(tenant);
  } catch (e) { // expect: WAC202
    throw new Error(`could not quote coverage for ${tenant.unit}: ${String(e)}`);
  }

  if (q.coverageCents >= highValueCents) {
    const urls = await step("manager_urls", () => getApprovalUrls("store_manager"));
    await askManager(tenant, q, urls);
    const first = await waitForApproval({ key: "store_manager", timeout: 86_400 });
    if (!first.approved) return { tenant: tenant.id, enrolled: false, reason: "manager declined" };
    if (q.coverageCents >= 2 * highValueCents) {
      const second = await waitForApproval({ key: "store_manager", timeout: 86_400 }); // expect: WAC303
      if (!second.approved) return { tenant: tenant.id, enrolled: false, reason: "second review declined" };
    }
  }

  const policy = await enroll(tenant, q);
  await addToLedger(tenant.id, policy, q.premiumCents);
  return { tenant: tenant.id, enrolled: true, policy, premiumCents: q.premiumCents };
});
