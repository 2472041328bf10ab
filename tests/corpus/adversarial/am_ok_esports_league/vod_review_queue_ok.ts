// SDK: windmill-client 1.818.0: structuredClone of plain JSON data; sort before Promise.all; a helper named sendReport that only formats text; a finally that only logs
import { task, workflow } from "windmill-client";

type Vod = { id: string; team: string; lengthS: number; tags: string[] };

const queueFor = task(async (coach: string) => {
  const r = await fetch(`https://vod.example-frag.gg/queues/${coach}`);
  return r.ok ? ((await r.json()) as Vod[]) : [];
});

const assign = task(async (coach: string, vodIds: string[]) => {
  const r = await fetch(`https://vod.example-frag.gg/queues/${coach}/assign`, { method: "POST", body: JSON.stringify({ vodIds }) });
  return r.ok;
});

function sendReport(coaches: string[], perCoach: Record<string, number>): string {
  return coaches.map((c) => `${c}: ${perCoach[c] ?? 0} VODs`).join("\n");
}

export const main = workflow(async (coaches: string[], backlog: Vod[], perCoachMax = 4) => {
  const ordered = [...coaches].sort();
  const queues = await Promise.all(ordered.map((c) => queueFor(c)));
  const load: Record<string, number> = Object.fromEntries(ordered.map((c, i) => [c, queues[i].length]));
  const plan = structuredClone(load);
  const assignments: Record<string, string[]> = {};
  for (const v of [...backlog].sort((a, b) => b.lengthS - a.lengthS || a.id.localeCompare(b.id))) {
    const coach = ordered.reduce((best, c) => (plan[c] < plan[best] ? c : best), ordered[0]);
    if (plan[coach] >= perCoachMax) break;
    (assignments[coach] ??= []).push(v.id);
    plan[coach]++;
  }
  try {
    for (const coach of ordered) {
      if (assignments[coach]) await assign(coach, assignments[coach]);
    }
  } finally {
    console.log(sendReport(ordered, plan));
  }
  return { assignments, load: plan };
});
