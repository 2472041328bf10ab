// SDK: windmill-client 1.818.0 client.mjs workflow(): the body re-runs each round; the planner's `this.deps.http` is the global fetch handed in by the body, so `plan()` POSTs the buffer reservation on every replay, while `this.deps.quote` is a task
import { task, workflow, step } from "windmill-client";

// Buffer pool contributions (AFOLU projects set aside 10-20% of credits against reversal risk).

type Project = { id: string; riskScore: number; tonnes: number };
type Quote = { pricePerTonneCents: number; currency: "USD" };

const quotePrice = task(async (projectId: string, tonnes: number): Promise<Quote> => {
  const r = await fetch(`https://pricing.verdant.example/quote?project=${projectId}&t=${tonnes}`);
  return (await r.json()) as Quote;
});

interface PlannerDeps {
  quote: typeof quotePrice;
  http: typeof fetch;
  baseUrl: string;
}

class BufferPlanner {
  constructor(private readonly deps: PlannerDeps) {}

  bufferShare(riskScore: number): number {
    return riskScore >= 7 ? 0.2 : riskScore >= 4 ? 0.15 : 0.1;
  }

  async plan(p: Project) {
    const buffered = Math.ceil(p.tonnes * this.bufferShare(p.riskScore));
    const quote = await this.deps.quote(p.id, p.tonnes - buffered);
    await this.deps.http(`${this.deps.baseUrl}/buffer/reservations`, {
      method: "POST",
      body: JSON.stringify({ projectId: p.id, buffered }),
    });
    return { projectId: p.id, buffered, saleable: p.tonnes - buffered, quote };
  }
}

export const main = workflow(async (projects: Project[]) => {
  const planner = new BufferPlanner({ quote: quotePrice, http: fetch, baseUrl: "https://registry.verdant.example/api" });
  const plans = [];
  for (const p of projects) plans.push(await planner.plan(p)); // expect: WAC101
  const total = await step("total_buffered", () => plans.reduce((s, p) => s + p.buffered, 0));
  return { plans, total };
});
