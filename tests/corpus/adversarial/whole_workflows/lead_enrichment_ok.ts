// SDK: windmill-client 1.818.0 client.mjs + wacError.mjs: a failed task rejects with an Error named "TaskError"; StepSuspend's name is "StepSuspend" — the handler rethrows everything but TaskError, so the suspension passes.
import { parallel, sleep, step, task, workflow } from "windmill-client";

type Lead = { email: string; company?: string };
type Enriched = Lead & { domain: string; employees?: number; industry?: string };

const CLEARBIT = "https://company.clearbit.com/v2/companies/find";
const HUBSPOT = "https://api.hubapi.com/crm/v3/objects/contacts";

const enrichLead = task(async (lead: Lead): Promise<Enriched> => {
  const domain = lead.email.split("@")[1] ?? "";
  const res = await fetch(`${CLEARBIT}?domain=${domain}`, {
    headers: { Authorization: `Bearer ${process.env.CLEARBIT_KEY}` },
  });
  if (res.status === 429) throw new Error("rate limited");
  const company = res.ok ? ((await res.json()) as { metrics?: { employees?: number }; category?: { industry?: string } }) : {};
  return { ...lead, domain, employees: company.metrics?.employees, industry: company.category?.industry };
});

const upsertContact = task(async (lead: Enriched) => {
  const res = await fetch(HUBSPOT, {
    method: "POST",
    body: JSON.stringify({ properties: { email: lead.email, company: lead.company ?? lead.domain, industry: lead.industry } }),
  });
  return res.ok;
});

function score(lead: Enriched): number {
  let s = 0;
  if ((lead.employees ?? 0) > 200) s += 2;
  if (lead.industry === "Software") s += 1;
  return s;
}

export const main = workflow(async (leads: Lead[]) => {
  const enriched: Enriched[] = [];
  for (const lead of leads) {
    let attempt = 0;
    while (true) {
      try {
        enriched.push(await enrichLead(lead));
        break;
      } catch (e) {
        if (!(e instanceof Error) || e.name !== "TaskError") throw e;
        attempt += 1;
        if (attempt >= 3) {
          enriched.push({ ...lead, domain: lead.email.split("@")[1] ?? "" });
          break;
        }
        await sleep(30 * attempt);
      }
    }
  }

  const hot = enriched.filter((l) => score(l) >= 2);
  const synced = await parallel(hot, upsertContact, { concurrency: 3 });
  const stats = await step("stats", () => ({ hot: hot.length, synced: synced.filter(Boolean).length }));
  return { total: leads.length, ...stats };
});
