// SDK: windmill-client 1.818.0: a class of pure methods builds the plan in the body; I/O only in tasks; date from input with UTC getters
import { task, workflow } from "windmill-client";

type Machine = { id: string; floor: string; shots: number; lastDescaleOn: string };

class ServicePlanner {
  constructor(private readonly shotLimit: number, private readonly maxDays: number) {}

  needsDescale(m: Machine, today: string): boolean {
    const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${m.lastDescaleOn}T00:00:00Z`)) / 86_400_000;
    return m.shots >= this.shotLimit || days >= this.maxDays;
  }

  plan(machines: Machine[], today: string): Machine[] {
    return machines.filter((m) => this.needsDescale(m, today)).sort((a, b) => b.shots - a.shots);
  }
}

const bookTechnician = task(async (machineId: string, floor: string, day: string) => {
  const r = await fetch("https://facilities.example-cowork.com/tickets", {
    method: "POST",
    body: JSON.stringify({ kind: "descale", machineId, floor, day }),
  });
  return ((await r.json()) as { ticket: string }).ticket;
});

export const main = workflow(async (today: string, machines: Machine[], shotLimit = 3000, maxDays = 30) => {
  const planner = new ServicePlanner(shotLimit, maxDays);
  const due = planner.plan(machines, today);
  const tickets: Record<string, string> = {};
  for (const m of due) tickets[m.id] = await bookTechnician(m.id, m.floor, today);
  return { due: due.map((m) => m.id), tickets };
});
