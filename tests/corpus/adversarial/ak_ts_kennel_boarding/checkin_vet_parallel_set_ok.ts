// SDK: windmill-client 1.818.0 index.js `parallel`: batches `items.slice(i, i + concurrency)` of an array and `Promise.all`s each batch; an array spread from a Set has a length and slices like any array
// Ported from a Temporal sample (`Promise.all(dogs.map((d) => activities.vetCheck(d)))`), deduplicating dogs first.
import { parallel, task, workflow } from "windmill-client";

type VetResult = { dogId: string; cleared: boolean; notes: string };

const vetCheck = task(async function vetCheck(dogId: string): Promise<VetResult> {
  const r = await fetch(`https://vet.pawsinn.example/api/dogs/${dogId}/clearance`);
  const body = (await r.json()) as { cleared: boolean; notes?: string };
  return { dogId, cleared: body.cleared, notes: body.notes ?? "" };
});

const assignRuns = task(async function assignRuns(cleared: string[]): Promise<Record<string, number>> {
  const r = await fetch("https://ops.pawsinn.example/api/runs/assign", {
    method: "POST",
    body: JSON.stringify({ dogs: cleared }),
  });
  return (await r.json()) as Record<string, number>;
});

export const main = workflow(async (bookingId: string, dogIds: string[]) => {
  const unique = [...new Set(dogIds.map((d) => d.trim()))];
  const results = await parallel(unique, vetCheck, { concurrency: 3 });
  const cleared = results.filter((r) => r.cleared).map((r) => r.dogId);
  const runs = await assignRuns(cleared);
  return { bookingId, runs };
});
