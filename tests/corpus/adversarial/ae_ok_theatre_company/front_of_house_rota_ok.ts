// SDK: windmill-client 1.818.0 a shadowed name: a local variable called `task` inside a pure helper (a rota task description), the SDK task used at module level; Set over volunteer ids used for membership and Array.from(set) order (insertion order); Promise.all over performances in input order
import { task, workflow } from "windmill-client";

type Performance = { id: string; date: string; capacity: number };
type Volunteer = { id: string; name: string; maxShifts: number; unavailable: string[] };

function rotaLines(perf: Performance, names: string[]): string[] {
  const duties = ["ushers", "cloakroom", "bar", "programmes"];
  return duties.map((task, i) => `${perf.date} ${task}: ${names[i % Math.max(names.length, 1)] ?? "unfilled"}`);
}

const volunteers = task(async (venue: string): Promise<Volunteer[]> => {
  const res = await fetch(`https://foh.theatre.example/${venue}/volunteers`);
  return await res.json();
});

const performances = task(async (venue: string, month: string): Promise<Performance[]> => {
  const res = await fetch(`https://foh.theatre.example/${venue}/performances?month=${month}`);
  return await res.json();
});

const publishRota = task(async (venue: string, perfId: string, lines: string[]) => {
  const res = await fetch(`https://foh.theatre.example/${venue}/rota/${perfId}`, { method: "PUT", body: lines.join("\n") });
  return res.ok;
});

export const main = workflow(async (venue: string, month: string, perShow = 4) => {
  const [vols, perfs] = await Promise.all([volunteers(venue), performances(venue, month)]);
  const shifts = new Map<string, number>();
  const plan: { perf: Performance; names: string[] }[] = [];
  for (const perf of perfs) {
    const picked = new Set<string>();
    for (const v of vols) {
      if (picked.size >= perShow) break;
      if (v.unavailable.includes(perf.date) || (shifts.get(v.id) ?? 0) >= v.maxShifts) continue;
      picked.add(v.id);
      shifts.set(v.id, (shifts.get(v.id) ?? 0) + 1);
    }
    const names = Array.from(picked, (id) => vols.find((v) => v.id === id)!.name);
    plan.push({ perf, names });
  }
  const published = await Promise.all(plan.map(({ perf, names }) => publishRota(venue, perf.id, rotaLines(perf, names))));
  return { venue, month, performances: plan.length, published: published.filter(Boolean).length };
});
