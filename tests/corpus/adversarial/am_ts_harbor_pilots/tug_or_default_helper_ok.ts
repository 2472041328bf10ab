// SDK: windmill-client 1.818.0 index.js: a pending task's `then` raises `StepSuspend` (name "StepSuspend"); the helper rethrows it before falling back, so the suspension reaches the runner and only a task failure (a `TaskError`) takes the fallback
// Temporal port: fallbacks the team wrapped in a typed helper, with the suspension guard.
import { task, workflow } from "windmill-client";

function orDefault<T>(p: Promise<T>, fallback: T): Promise<T> {
  return p.catch((err: unknown) => {
    if (err instanceof Error && err.name === "StepSuspend") throw err;
    console.warn("falling back", err);
    return fallback;
  });
}

const quoteTug = task(async function quoteTug(company: string, imo: string) {
  const r = await fetch(`https://${company}.tugs.example/api/quote?imo=${imo}`);
  return (await r.json()) as { company: string; eur: number };
});

export const main = workflow(async (imo: string, companies: string[]) => {
  const quotes = await orDefault(Promise.all(companies.map((c) => quoteTug(c, imo))), []);
  const best = quotes.sort((a, b) => a.eur - b.eur)[0];
  return { imo, best: best ?? null };
});
