// SDK: windmill-client 1.818.0 client.mjs task(): the planner's dependencies are both tasks (the reservation POST runs in its own job), and its own methods only compute, so replaying the body repeats nothing
import { task, workflow, step } from "windmill-client";

type Project = { id: string; riskScore: number; tonnes: number };
type Quote = { pricePerTonneCents: number; currency: "USD" };

const quotePrice = task(async (projectId: string, tonnes: number): Promise<Quote> => {
  const r = await fetch(`https://pricing.verdant.example/quote?project=${projectId}&t=${tonnes}`);
  return (await r.json()) as Quote;
});

const reserveBuffer = task(async (projectId: string, buffered: number) => {
  const r = await fetch("https://registry.verdant.example/api/buffer/reservations", {
    method: "POST",
    body: JSON.stringify({ projectId, buffered }),
  });
  return r.ok;
});

interface PlannerDeps {
  quote: typeof quotePrice;
  reserve: typeof reserveBuffer;
}

class BufferPlanner {
  constructor(private readonly deps: PlannerDeps) {}

  get shares(): readonly number[] {
    return [0.1, 0.15, 0.2];
  }

  bufferShare(riskScore: number): number {
    return this.shares[riskScore >= 7 ? 2 : riskScore >= 4 ? 1 : 0];
  }

  async plan(p: Project) {
    const buffered = Math.ceil(p.tonnes * this.bufferShare(p.riskScore));
    const quote = await this.deps.quote(p.id, p.tonnes - buffered);
    await this.deps.reserve(p.id, buffered);
    return { projectId: p.id, buffered, saleable: p.tonnes - buffered, quote };
  }
}

export const main = workflow(async (projects: Project[]) => {
  const planner = new BufferPlanner({ quote: quotePrice, reserve: reserveBuffer });
  const plans = [];
  for (const p of projects) plans.push(await planner.plan(p));
  const total = await step("total_buffered", () => plans.reduce((s, p) => s + p.buffered, 0));
  return { plans, total };
});
