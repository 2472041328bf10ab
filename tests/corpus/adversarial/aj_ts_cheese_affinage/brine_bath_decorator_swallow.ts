// SDK: windmill-client 1.818.0 client.mjs: StepSuspend extends Error and is thrown when a task's thenable is awaited; a method decorator whose wrapper catches everything turns the suspension into `null`, and the parked suspend is only rethrown at the next SDK call
// Written by an agent "with TS 5 decorators": @bestEffort so one bad vat does not stop the brining run.
import { task, workflow } from "windmill-client";

type Vat = { id: string; salinity: number; tempC: number };
type Batch = { id: string; wheels: number; vat: string };

function bestEffort<This, Args extends unknown[], R>(
  target: (this: This, ...args: Args) => Promise<R>,
  context: ClassMethodDecoratorContext<This>,
) {
  return async function (this: This, ...args: Args): Promise<R | null> {
    try {
      return await target.call(this, ...args);
    } catch (err) {
      console.warn(`${String(context.name)} failed, skipping`, err);
      return null;
    }
  };
}

const measureVat = task(async (vatId: string) => {
  const r = await fetch(`https://sensors.affinage.example/vats/${vatId}`);
  return (await r.json()) as Vat;
});

const dose = task(async (vatId: string, gramsSalt: number) => {
  const r = await fetch(`https://dosing.affinage.example/vats/${vatId}/salt`, {
    method: "POST",
    body: JSON.stringify({ grams: gramsSalt }),
  });
  return r.ok;
});

const immerse = task(async (batch: Batch, hours: number) => {
  const r = await fetch(`https://robots.affinage.example/brine`, {
    method: "POST",
    body: JSON.stringify({ batch: batch.id, vat: batch.vat, hours }),
  });
  return (await r.json()) as { startedAt: string };
});

class BrineRun {
  constructor(private readonly targetSalinity: number) {}

  @bestEffort  // expect: WAC903
  async prepare(vatId: string) {
    const vat = await measureVat(vatId);
    const missing = Math.max(0, this.targetSalinity - vat.salinity);
    if (missing > 0.5) await dose(vatId, Math.round(missing * 1200));
    return vat;
  }
}

export const main = workflow(async (batches: Batch[], targetSalinity: number = 18) => {
  const run = new BrineRun(targetSalinity);
  const ready: string[] = [];
  for (const vatId of [...new Set(batches.map((b) => b.vat))]) {
    const vat = await run.prepare(vatId); // expect: WAC202
    if (vat) ready.push(vatId);
  }
  const started = [];
  for (const batch of batches.filter((b) => ready.includes(b.vat))) {
    started.push(await immerse(batch, batch.wheels > 40 ? 30 : 24));
  }
  return { ready, started: started.length };
});
