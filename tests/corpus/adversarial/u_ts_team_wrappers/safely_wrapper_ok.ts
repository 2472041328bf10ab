// SDK: windmill-client 1.818.0 StepSuspend (client.mjs: class StepSuspend extends Error with name "StepSuspend"; a failed task rejects with an Error named "TaskError")
import { task, workflow } from "windmill-client";

/** Team helper: a failed enrichment must not fail the whole run, but suspensions pass through. */
async function safely<T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if ((err as Error)?.name === "StepSuspend") throw err;
    console.warn(`[safely] ${what} failed, using fallback`, err);
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
  const company = await safely("enrichment", () => clearbitLookup(domain), { domain, employees: null, industry: null });
  return { saved: await saveAccount(company) };
});
