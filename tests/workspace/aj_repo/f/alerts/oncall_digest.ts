// Hourly digest of pending callbacks, paged to each on-call clinician.
import { step, task, workflow } from "windmill-client";
import { pager } from "/f/shared/pager.ts";

type Pending = { clinicianId: string; accession: string; test: string };

const pendingCallbacks = task(async (unit: string): Promise<Pending[]> => {
  const res = await fetch(`https://lis.stmarys-lab.internal/api/callbacks?unit=${unit}&status=pending`);
  return (await res.json()) as Pending[];
});

export const main = workflow(async (unit: string, maxPerPage: number = 5) => {
  const pending = await pendingCallbacks(unit);
  const byClinician: Record<string, Pending[]> = {};
  for (const p of pending) (byClinician[p.clinicianId] ??= []).push(p);

  const sent: string[] = [];
  for (const [clinicianId, items] of Object.entries(byClinician).sort(([a], [b]) => a.localeCompare(b))) {
    const text = pager.format(clinicianId, items.slice(0, maxPerPage).map((i) => `${i.accession} ${i.test}`).join("; "));
    await pager.send(clinicianId, text); // expect: WAC101
    sent.push(clinicianId);
  }
  const count = await step("count", () => sent.length);
  return { unit, paged: sent, count };
});
