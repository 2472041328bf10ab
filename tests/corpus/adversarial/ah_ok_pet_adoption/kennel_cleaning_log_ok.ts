// SDK: windmill-client 1.818.0 a module logger that stamps lines with the clock (the value only reaches console output), performance.now() for a duration that is only logged, tasks kept in an object and picked by input, zod parsing of task results in the body
import { task, workflow } from "windmill-client";
import { z } from "zod";

const log = (...parts: unknown[]) => console.log(`[${new Date().toISOString()}]`, ...parts);

const Kennel = z.object({ id: z.string(), lastCleaned: z.string(), occupied: z.boolean() });
const Kennels = z.array(Kennel);

const listDogRuns = task(async (building: string) => {
  const res = await fetch(`https://ops.shelter.example/${building}/dog-runs`);
  return await res.json();
});

const listCatCondos = task(async (building: string) => {
  const res = await fetch(`https://ops.shelter.example/${building}/cat-condos`);
  return await res.json();
});

const assignCleaning = task(async (building: string, ids: string[], crew: string) => {
  const res = await fetch(`https://ops.shelter.example/${building}/cleaning`, { method: "POST", body: JSON.stringify({ ids, crew }) });
  return (await res.json()) as { ticket: string };
});

const LISTERS = { dog: listDogRuns, cat: listCatCondos } as const;

export const main = workflow(async (building: string, area: "dog" | "cat", crew: string, staleHours: number = 24, asOf: string = "") => {
  const t0 = performance.now();
  const kennels = Kennels.parse(await LISTERS[area](building));
  const ref = asOf ? Date.parse(asOf) : Math.max(...kennels.map((k) => Date.parse(k.lastCleaned)));
  const stale = kennels.filter((k) => !k.occupied && ref - Date.parse(k.lastCleaned) > staleHours * 3_600_000).map((k) => k.id);
  log(`building ${building}: ${stale.length} of ${kennels.length} ${area} kennels stale`);
  if (stale.length === 0) return { ticket: null, stale: [] };
  const { ticket } = await assignCleaning(building, stale, crew);
  log(`assigned in ${Math.round(performance.now() - t0)} ms`);
  return { ticket, stale };
});
