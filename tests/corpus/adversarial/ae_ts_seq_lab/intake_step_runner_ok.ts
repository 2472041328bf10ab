// SDK: windmill-client 1.818.0 client.mjs: `_allocKey(name)` numbers repeats of one literal name, so a step runner class passing literal ids keeps the keys stable; `Object.groupBy` over a task's JSON result is plain data
import { task, step, workflow } from "windmill-client";

type Sample = { barcode: string; project: string; volumeUl: number };

const registerSamples = task(async (runId: string, samples: Sample[]) => {
  const r = await fetch(`https://lims.helixlab.example/runs/${runId}/samples`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(samples),
  });
  if (!r.ok) throw new Error(`LIMS rejected samples: ${r.status}`);
  return (await r.json()) as { accepted: string[]; rejected: string[] };
});

const notifyProjectLead = task(async (project: string, rejected: string[]) => {
  await fetch("https://hooks.slack.example/services/T0/B0/lab", {
    method: "POST",
    body: JSON.stringify({ text: `${project}: ${rejected.length} samples rejected at intake` }),
  });
});

const isValid = (s: Sample) => s.volumeUl >= 20 && /^[A-Z]{2}\d{6}$/.test(s.barcode);

export const main = workflow(async (runId: string, samples: Sample[]) => {
  const receivedAt = await step("received", () => new Date().toISOString());
  const valid = samples.filter(isValid);
  const { accepted, rejected } = await registerSamples(runId, valid);
  const rejectedSet = new Set(rejected);
  const byProject = Object.groupBy(
    samples.filter((s) => rejectedSet.has(s.barcode)),
    (s) => s.project,
  );
  for (const project of Object.keys(byProject).sort()) {
    await notifyProjectLead(project, (byProject[project] ?? []).map((s) => s.barcode));
  }
  return { runId, receivedAt, accepted: accepted.length, rejected: rejected.length };
});
