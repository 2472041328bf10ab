// SDK: windmill-client 1.818.0: a finally that only logs, without durable calls or return, leaves the suspension alone
import { task, workflow } from "windmill-client";

type Deviation = { site: string; subjectId: string; category: "minor" | "major"; text: string };

const fileDeviation = task(async (d: Deviation) => {
  const r = await fetch("https://ctms.example-cro.org/deviations", { method: "POST", body: JSON.stringify(d) });
  if (!r.ok) throw new Error(`ctms ${r.status}`);
  return ((await r.json()) as { id: string }).id;
});

const escalate = task(async (ids: string[]) => {
  await fetch("https://ctms.example-cro.org/escalations", { method: "POST", body: JSON.stringify({ ids }) });
  return ids.length;
});

export const main = workflow(async (deviations: Deviation[]) => {
  const filed: string[] = [];
  const started = filed.length;
  try {
    for (const d of deviations) filed.push(await fileDeviation(d));
    const majors = deviations.flatMap((d, i) => (d.category === "major" ? [filed[i]] : []));
    const escalated = majors.length ? await escalate(majors) : 0;
    return { filed, escalated };
  } finally {
    console.log(`deviation log: ${filed.length - started}/${deviations.length} filed`);
  }
});
