// SDK: client.mjs 1.818.0 _runInlineStep allocates a step's key when it is called; two phases of `Promise.all` over `.map` call every step of a phase synchronously, in array order, in every round
import { step, workflow } from "windmill-client";

type Lead = { id: string; email: string; company: string };

const CLEARBIT = "https://company.clearbit.com/v2/companies/find";

async function lookupCompany(domain: string, token: string): Promise<{ employees: number; industry: string }> {
  const res = await fetch(`${CLEARBIT}?domain=${encodeURIComponent(domain)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) return { employees: 0, industry: "unknown" };
  const body = (await res.json()) as { metrics?: { employees?: number }; category?: { industry?: string } };
  return { employees: body.metrics?.employees ?? 0, industry: body.category?.industry ?? "unknown" };
}

async function scoreLead(e: { id: string; employees: number; industry: string }): Promise<number> {
  const res = await fetch("https://scoring.internal/api/v1/score", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(e),
  });
  return ((await res.json()) as { score: number }).score;
}

export const main = workflow(async (leads: Lead[], clearbit_token: string) => {
  // phase 1: every enrich step is called before any of them resolves
  const companies = await Promise.all(
    leads.map((lead) => step("enrich", () => lookupCompany(lead.email.split("@")[1] ?? lead.company, clearbit_token))),
  );
  // phase 2: same for the scores
  const scores = await Promise.all(
    leads.map((lead, i) => step("score", () => scoreLead({ id: lead.id, ...companies[i] }))),
  );
  const scored = leads.map((lead, i) => ({ id: lead.id, score: scores[i] }));
  scored.sort((a, b) => b.score - a.score);
  return { top: scored.slice(0, 10) };
});
