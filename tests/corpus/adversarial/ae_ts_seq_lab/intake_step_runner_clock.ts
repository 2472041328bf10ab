// SDK: windmill-client 1.818.0 client.mjs: `_allocKey(name)` keys a step by its name; a name carrying `Date.now()` is a new key on every replay, so the intake step runs again each round
import { task, step, workflow } from "windmill-client";

// Ported from our Inngest function: `step.run(id, fn)` became a small class so the
// old call sites could stay as they were.
type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

class StepRunner {
  constructor(private readonly prefix: string) {}
  run<T extends Json>(id: string, fn: () => T | Promise<T>): Promise<T> {
    return step(`${this.prefix}:${id}`, fn);
  }
}

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

export const main = workflow(async (runId: string, samples: Sample[]) => {
  const steps = new StepRunner("intake");
  const receivedAt = await steps.run(`received-${Date.now()}`, () => new Date().toISOString()); // expect: WAC102, WAC103
  const valid = samples.filter((s) => s.volumeUl >= 20 && /^[A-Z]{2}\d{6}$/.test(s.barcode));
  const { accepted, rejected } = await registerSamples(runId, valid);
  const byProject = Object.groupBy(
    samples.filter((s) => rejected.includes(s.barcode)),
    (s) => s.project,
  );
  for (const [project, list] of Object.entries(byProject)) {
    await notifyProjectLead(project, (list ?? []).map((s) => s.barcode));
  }
  return { runId, receivedAt, accepted: accepted.length, rejected: rejected.length };
});
