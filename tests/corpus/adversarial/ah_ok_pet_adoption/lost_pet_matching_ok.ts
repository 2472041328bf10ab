// SDK: windmill-client 1.818.0 a step that builds a Map and returns its entries as an array (JSON survives), parallel over a task, results sorted in place in the body, Object.fromEntries for the return value
import { parallel, step, task, workflow } from "windmill-client";

type Report = { id: string; species: string; color: string; zip: string; chip?: string };
type Intake = { animalId: string; species: string; color: string; foundZip: string; chip?: string };

const recentIntakes = task(async (days: number): Promise<Intake[]> => {
  const res = await fetch(`https://ops.shelter.example/intakes?days=${days}`);
  return (await res.json()) as Intake[];
});

const scoreMatch = task(async (report: Report, intakes: Intake[]) => {
  const res = await fetch("https://match.shelter.example/score", { method: "POST", body: JSON.stringify({ report, intakes }) });
  return (await res.json()) as { reportId: string; best: string | null; score: number };
});

export const main = workflow(async (reports: Report[], days: number = 14, minScore: number = 0.7) => {
  const intakes = await recentIntakes(days);
  const bySpecies = await step("by_species", () => {
    const m = new Map<string, Intake[]>();
    for (const i of intakes) m.set(i.species, [...(m.get(i.species) ?? []), i]);
    return [...m.entries()];
  });
  const pool = Object.fromEntries(bySpecies);
  const chipHits = reports.filter((r) => r.chip && intakes.some((i) => i.chip === r.chip)).map((r) => r.id);
  const scored = await parallel(reports, (r) => scoreMatch(r, pool[r.species] ?? []), { concurrency: 5 });
  scored.sort((a, b) => b.score - a.score);
  return {
    chipHits,
    matches: Object.fromEntries(scored.filter((s) => s.best && s.score >= minScore).map((s) => [s.reportId, s.best])),
  };
});
