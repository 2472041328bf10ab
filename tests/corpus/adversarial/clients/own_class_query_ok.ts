// SDK: windmill-client 1.818.0 client.mjs: only side effects repeat harmfully on replay; an in-memory index's query() has none.
import { task, workflow } from "windmill-client";

type Incident = { id: string; service: string; severity: number; open: boolean };

class IncidentIndex {
  constructor(private readonly items: Incident[]) {}
  query(filter: Partial<Incident>): Incident[] {
    return this.items.filter((i) =>
      Object.entries(filter).every(([k, v]) => i[k as keyof Incident] === v),
    );
  }
}

const listIncidents = task(async (team: string): Promise<Incident[]> => {
  const res = await fetch(`https://pager.example.com/api/teams/${team}/incidents`);
  return await res.json();
});

const page = task(async (incidentId: string) => ({ paged: incidentId }));

export const main = workflow(async (team: string) => {
  const index = new IncidentIndex(await listIncidents(team));
  const critical = index.query({ severity: 1, open: true });
  const paged = [];
  for (const incident of critical) paged.push(await page(incident.id));
  return { paged: paged.length };
});
