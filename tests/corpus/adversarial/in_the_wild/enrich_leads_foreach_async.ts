// SDK: windmill-client 1.818.0 client.mjs: forEach ignores the promises its async callback returns, so the workflow returns before the tasks it started are awaited (their results are never read).
import { task, workflow } from "windmill-client";

type Lead = { id: string; email: string };

const enrich = task(async (lead: Lead) => ({ ...lead, company: lead.email.split("@")[1] }));

export const main = workflow(async (leads: Lead[]) => {
  const enriched: any[] = [];
  leads.forEach(async (lead) => { // expect: WAC106
    enriched.push(await enrich(lead));
  });
  return { count: enriched.length, enriched };
});
