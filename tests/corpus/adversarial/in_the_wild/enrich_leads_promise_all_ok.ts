// SDK: windmill-client 1.818.0 client.mjs: task calls started together and awaited with Promise.all are dispatched as one parallel batch; the results come back in input order.
import { task, workflow } from "windmill-client";

type Lead = { id: string; email: string };

const enrich = task(async (lead: Lead) => ({ ...lead, company: lead.email.split("@")[1] }));

export const main = workflow(async (leads: Lead[]) => {
  const enriched = await Promise.all(leads.map((lead) => enrich(lead)));
  const byCompany: Record<string, number> = {};
  for (const e of enriched) byCompany[e.company] = (byCompany[e.company] ?? 0) + 1;
  return { count: enriched.length, byCompany };
});
