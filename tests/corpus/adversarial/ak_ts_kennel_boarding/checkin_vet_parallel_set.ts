// SDK: windmill-client 1.818.0 index.js `parallel`: `concurrency = options?.concurrency ?? items.length` and `for (i = 0; i < items.length; ...)`; a Set has no `length`, so the loop never runs and `parallel` returns [] without dispatching a task
// Ported from a Temporal sample (`Promise.all(dogs.map((d) => activities.vetCheck(d)))`), deduplicating dogs first.
import { parallel, step, task, workflow } from "windmill-client";

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
  const unique = new Set(dogIds.map((d) => d.trim()));
  const results = await parallel(unique, vetCheck, { concurrency: 3 }); // expect: WAC301
  const cleared = results.filter((r) => r.cleared).map((r) => r.dogId);
  const runs = await assignRuns(cleared);
  await step("log_assignment", () => console.log(`booking ${bookingId}: ${cleared.length} dogs`));
  return { bookingId, runs };
});
