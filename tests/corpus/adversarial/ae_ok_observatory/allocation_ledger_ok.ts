// SDK: windmill-client 1.818.0 hours cross tasks as numbers and are summed as integer minutes; Dates rebuilt from ISO strings with new Date(x); an accumulator object mutated in the body (not in a step callback); Object.entries sorted before dispatch
import { task, workflow } from "windmill-client";

type Usage = { program: string; start: string; end: string; instrument: string };

const fetchUsage = task(async (semester: string): Promise<Usage[]> => {
  const res = await fetch(`https://tao.observatory.example/api/semesters/${semester}/usage`);
  return await res.json();
});

const fetchAllocations = task(async (semester: string): Promise<Record<string, number>> => {
  const res = await fetch(`https://tac.observatory.example/semesters/${semester}/allocations`);
  return await res.json();
});

const warnPi = task(async (program: string, usedH: number, allocatedH: number) => {
  await fetch("https://mail.observatory.example/send", {
    method: "POST",
    body: JSON.stringify({ program, text: `Used ${usedH.toFixed(1)} h of ${allocatedH} h` }),
  });
  return program;
});

function minutesBetween(a: Date, b: Date): number {
  return Math.max(0, Math.round((b.getTime() - a.getTime()) / 60_000));
}

export const main = workflow(async (semester: string, warnAt = 0.9) => {
  const [usage, allocations] = await Promise.all([fetchUsage(semester), fetchAllocations(semester)]);
  const used: Record<string, number> = {};
  for (const u of usage) {
    used[u.program] = (used[u.program] ?? 0) + minutesBetween(new Date(u.start), new Date(u.end));
  }
  const warned: string[] = [];
  for (const [program, minutes] of Object.entries(used).sort(([a], [b]) => a.localeCompare(b))) {
    const allocatedH = allocations[program] ?? 0;
    if (allocatedH > 0 && minutes / 60 >= allocatedH * warnAt) {
      warned.push(await warnPi(program, minutes / 60, allocatedH));
    }
  }
  return { semester, programs: Object.keys(used).length, warned };
});
