// SDK: client.mjs 1.818.0 _runInlineStep allocates a step's key when it is called (synchronously); a step awaited after another step inside an async `.map` callback gets its key when the first one resolves, which in the round that runs the steps follows how long each fetch took, and on a replay follows the array order
import { step, workflow } from "windmill-client";

type Lead = { id: string; email: string; company: string };
type Enriched = { id: string; employees: number; industry: string };

const CLEARBIT = "https://company.clearbit.com/v2/companies/find";

async function lookupCompany(domain: string, token: string): Promise<{ employees: number; industry: string }> {
  const res = await fetch(`${CLEARBIT}?domain=${encodeURIComponent(domain)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) return { employees: 0, industry: "unknown" };
  const body = (await res.json()) as { metrics?: { employees?: number }; category?: { industry?: string } };
  return { employees: body.metrics?.employees ?? 0, industry: body.category?.industry ?? "unknown" };
}

async function scoreLead(e: Enriched): Promise<number> {
  const res = await fetch("https://scoring.internal/api/v1/score", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(e),
  });
  return ((await res.json()) as { score: number }).score;
}

export const main = workflow(async (leads: Lead[], clearbit_token: string) => {
  const scored = await Promise.all(
    leads.map(async (lead) => {
      const domain = lead.email.split("@")[1] ?? lead.company;
      const company = await step("enrich", () => lookupCompany(domain, clearbit_token));
      const enriched: Enriched = { id: lead.id, ...company };
      const score = await step("score", () => scoreLead(enriched)); // expect: WAC105
      return { id: lead.id, score };
    }),
  );
  scored.sort((a, b) => b.score - a.score);
  return { top: scored.slice(0, 10) };
});
