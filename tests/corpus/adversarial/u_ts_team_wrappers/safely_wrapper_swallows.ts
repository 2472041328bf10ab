// SDK: windmill-client 1.818.0 StepSuspend extends Error (client.mjs: a task's `then` throws the suspension; the wrapper's catch runs its fallback before the SDK rethrows the parked suspension at the next call)
import { task, workflow } from "windmill-client";

/** Team helper: never let an enrichment failure fail the whole run. */
async function safely<T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    console.warn(`[safely] ${what} failed, using fallback`, err);
    await fetch("https://alerts.internal/degraded", { method: "POST", body: JSON.stringify({ what }) });
    return fallback;
  }
}

type Company = { domain: string; employees: number | null; industry: string | null };

const clearbitLookup = task(async function clearbitLookup(domain: string): Promise<Company> {
  const res = await fetch(`https://enrich.example.com/v2/companies/find?domain=${domain}`);
  if (!res.ok) throw new Error(`enrich ${res.status}`);
  return (await res.json()) as Company;
});

const saveAccount = task(async function saveAccount(c: Company) {
  await fetch("https://crm.internal/accounts", { method: "POST", body: JSON.stringify(c) });
  return c.domain;
});

export const main = workflow(async (domain: string) => {
  const company = await safely( // expect: WAC202, WAC101
    "enrichment",
    () => clearbitLookup(domain),
    { domain, employees: null, industry: null },
  );
  return { saved: await saveAccount(company) };
});
