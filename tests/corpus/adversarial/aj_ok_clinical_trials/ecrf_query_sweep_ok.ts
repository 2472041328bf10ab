// SDK: windmill-client 1.818.0: Promise.all of task calls from a sorted list; dates parsed from inputs with UTC getters only
import { task, workflow } from "windmill-client";

type Query = { id: string; site: string; openedOn: string; field: string };

const listOpenQueries = task(async (trial: string): Promise<Query[]> => {
  const r = await fetch(`https://edc.example-cro.org/trials/${trial}/queries?status=open`);
  return r.json();
});

const remindSite = task(async (site: string, queryIds: string[]) => {
  const r = await fetch(`https://edc.example-cro.org/sites/${site}/reminders`, {
    method: "POST",
    body: JSON.stringify({ queryIds }),
  });
  return { site, sent: r.ok };
});

const DAY_MS = 86_400_000;

function ageInDays(openedOn: string, asOf: string): number {
  return Math.floor((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${openedOn}T00:00:00Z`)) / DAY_MS);
}

export const main = workflow(async (trial: string, asOf: string, overdueDays = 10) => {
  const open = await listOpenQueries(trial);
  const overdue = open.filter((q) => ageInDays(q.openedOn, asOf) > overdueDays);
  const bySite = Map.groupBy(overdue, (q) => q.site);
  const sites = [...bySite.keys()].sort();
  const reminders = await Promise.all(sites.map((s) => remindSite(s, bySite.get(s)!.map((q) => q.id))));
  const weekday = new Date(`${asOf}T00:00:00Z`).getUTCDay();
  return { overdue: overdue.length, reminders, sweptOnWeekend: weekday === 0 || weekday === 6 };
});
