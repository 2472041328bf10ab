// SDK: windmill-client 1.818.0 index.js: a pending task's `then` raises `StepSuspend` (an `Error` named "StepSuspend"); `Promise.all` rejects with it and the helper's `.catch` turns it into the fallback, so the round goes on with `[]` as if no tug answered (only `_pendingSuspend`, read by the runner at the end, still suspends it)
// Temporal port: `Promise.allSettled`-style fallbacks the team wrapped in a typed helper.
import { task, workflow } from "windmill-client";

function orDefault<T>(p: Promise<T>, fallback: T): Promise<T> {
  return p.catch((err: unknown) => {
    console.warn("falling back", err);
    return fallback;
  });
}

const quoteTug = task(async function quoteTug(company: string, imo: string) {
  const r = await fetch(`https://${company}.tugs.example/api/quote?imo=${imo}`);
  return (await r.json()) as { company: string; eur: number };
});

export const main = workflow(async (imo: string, companies: string[]) => {
  const quotes = await orDefault(Promise.all(companies.map((c) => quoteTug(c, imo))), []); // expect: WAC202
  const best = quotes.sort((a, b) => a.eur - b.eur)[0];
  return { imo, best: best ?? null };
});
