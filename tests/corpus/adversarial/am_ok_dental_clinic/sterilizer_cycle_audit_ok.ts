// SDK: windmill-client 1.818.0: Promise.all of task calls in array order; the catch rethrows StepSuspend via instanceof before anything else, inside a helper awaited by the body
import { StepSuspend, step, task, workflow } from "windmill-client";

type Cycle = { id: string; autoclave: string; peakC: number; holdMin: number; passed: boolean };

const cyclesFor = task(async (autoclave: string, day: string): Promise<Cycle[]> => {
  const r = await fetch(`https://steri.example-smile.io/autoclaves/${autoclave}/cycles?day=${day}`);
  if (!r.ok) throw new Error(`cycles ${r.status}`);
  return await r.json();
});

const quarantine = task(async (cycleId: string) => {
  const r = await fetch(`https://steri.example-smile.io/cycles/${cycleId}/quarantine`, { method: "POST" });
  if (!r.ok) throw new Error(`quarantine ${cycleId}: ${r.status}`);
  return cycleId;
});

async function quarantineAll(ids: string[]): Promise<{ done: string[]; failed: string[] }> {
  const done: string[] = [];
  const failed: string[] = [];
  for (const id of ids) {
    try {
      done.push(await quarantine(id));
    } catch (e) {
      if (e instanceof StepSuspend) throw e;
      failed.push(id);
    }
  }
  return { done, failed };
}

export const main = workflow(async (autoclaves: string[], day: string) => {
  const perUnit = await Promise.all(autoclaves.map((a) => cyclesFor(a, day)));
  const bad = perUnit.flat().filter((c) => !c.passed || c.peakC < 134 || c.holdMin < 3);
  const result = await quarantineAll(bad.map((c) => c.id).sort());
  const audit = await step("audit_record", () => ({ day, checked: perUnit.flat().length, quarantined: result.done.length }));
  return { ...audit, failed: result.failed };
});
