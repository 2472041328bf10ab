// SDK: windmill-client 1.818.0 client.mjs: a method decorator that only times the call and rethrows lets StepSuspend propagate; performance.now() that only reaches a log line changes nothing durable
import { task, workflow } from "windmill-client";

type Vat = { id: string; salinity: number; tempC: number };
type Batch = { id: string; wheels: number; vat: string };

function timed<This, Args extends unknown[], R>(
  target: (this: This, ...args: Args) => Promise<R>,
  context: ClassMethodDecoratorContext<This>,
) {
  return async function (this: This, ...args: Args): Promise<R> {
    const t0 = performance.now();
    try {
      return await target.call(this, ...args);
    } finally {
      console.log(`${String(context.name)} took ${(performance.now() - t0).toFixed(1)}ms this round`);
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

  @timed  // expect: WAC903
  async prepare(vatId: string) {
    const vat = await measureVat(vatId);
    const missing = Math.max(0, this.targetSalinity - vat.salinity);
    if (missing > 0.5) await dose(vatId, Math.round(missing * 1200));
    return vat;
  }
}

export const main = workflow(async (batches: Batch[], targetSalinity: number = 18) => {
  const run = new BrineRun(targetSalinity);
  for (const vatId of [...new Set(batches.map((b) => b.vat))]) {
    await run.prepare(vatId);
  }
  const started = [];
  for (const batch of batches) {
    started.push(await immerse(batch, batch.wheels > 40 ? 30 : 24));
  }
  return { started: started.length };
});
