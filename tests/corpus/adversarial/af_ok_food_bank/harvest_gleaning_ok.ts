// SDK: windmill-client 1.818.0 a workflow whose planning lives in a class of pure methods (no I/O); the clock comes in as an input `now`, the farms' offers are loaded by a task and parsed with zod after the checkpoint, crews are dispatched with parallel()
import { parallel, task, workflow } from "windmill-client";
import { z } from "zod";

const Offer = z.object({
  farm: z.string(),
  crop: z.string(),
  pounds: z.number(),
  window_closes: z.string(),
});
type Offer = z.infer<typeof Offer>;

class GleaningPlanner {
  constructor(private readonly crewCapacity: number, private readonly now: number) {}

  urgent(offers: Offer[]): Offer[] {
    return offers
      .filter((o) => Date.parse(o.window_closes) - this.now < 72 * 3600_000)
      .sort((a, b) => a.window_closes.localeCompare(b.window_closes) || a.farm.localeCompare(b.farm));
  }

  crewsFor(offer: Offer): number {
    return Math.max(1, Math.ceil(offer.pounds / this.crewCapacity));
  }
}

const loadOffers = task(async function loadOffers(region: string) {
  const res = await fetch(`https://gleaners.example/api/offers?region=${region}`);
  if (!res.ok) throw new Error(`offers ${res.status}`);
  return await res.json();
});

const dispatchCrew = task(async function dispatchCrew(job: { farm: string; crop: string; crews: number }) {
  const res = await fetch("https://gleaners.example/api/dispatch", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(job),
  });
  return { farm: job.farm, ok: res.ok };
});

export const main = workflow(async (region: string, now: string, crewCapacity = 800) => {
  const planner = new GleaningPlanner(crewCapacity, Date.parse(now));
  const offers = z.array(Offer).parse(await loadOffers(region));
  const jobs = planner.urgent(offers).map((o) => ({ farm: o.farm, crop: o.crop, crews: planner.crewsFor(o) }));
  const results = await parallel(jobs, dispatchCrew, { concurrency: 3 });
  return {
    region,
    dispatched: results.filter((r) => r.ok).map((r) => r.farm),
    failed: results.filter((r) => !r.ok).map((r) => r.farm),
  };
});
