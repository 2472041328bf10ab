// SDK: windmill-client 1.818.0 client.mjs: a port of a Durable Functions `function*` orchestrator: the generator yields task calls and `drive` awaits each one before resuming it, so keys are allocated in the same order on every replay and each thenable is awaited
import { task, workflow } from "windmill-client";

type Plate = { id: string; frame: number; strake: string };
type Gauge = { plateId: string; mm: number };

const listPlates = task(async (hull: string): Promise<Plate[]> => {
  const r = await fetch(`https://yard.drydock-ops.example/v1/hulls/${hull}/plates`);
  return (await r.json()) as Plate[];
});

const gaugePlate = task(async (hull: string, plateId: string): Promise<Gauge> => {
  const r = await fetch(`https://ut.drydock-ops.example/v1/hulls/${hull}/plates/${plateId}/gauge`, { method: "POST" });
  return (await r.json()) as Gauge;
});

const orderRenewal = task(async (hull: string, plateIds: string[]) => {
  const r = await fetch("https://steel.drydock-ops.example/v1/orders", {
    method: "POST",
    body: JSON.stringify({ hull, plates: plateIds }),
  });
  return (await r.json()).orderId as string;
});

// context.df.callActivity("GaugePlate", ...) became a task call; the yield stays
function* survey(hull: string, minMm: number): Generator<PromiseLike<unknown>, { renew: string[]; orderId: string | null }, any> {
  const plates: Plate[] = yield listPlates(hull);
  const renew: string[] = [];
  for (const p of plates) {
    const g: Gauge = yield gaugePlate(hull, p.id);
    if (g.mm < minMm) renew.push(p.id);
  }
  const orderId: string | null = renew.length ? yield orderRenewal(hull, renew) : null;
  return { renew, orderId };
}

async function drive<R>(gen: Generator<PromiseLike<unknown>, R, any>): Promise<R> {
  let step = gen.next();
  while (!step.done) {
    step = gen.next(await step.value);
  }
  return step.value;
}

export const main = workflow(async (hull: string, minMm = 9.5) => {
  const outcome = await drive(survey(hull, minMm));
  return { hull, ...outcome };
});
