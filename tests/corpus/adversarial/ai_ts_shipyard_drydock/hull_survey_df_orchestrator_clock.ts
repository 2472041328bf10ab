// SDK: windmill-client 1.818.0 client.mjs: the Durable Functions orchestrator read `context.df.currentUtcDateTime`, which is replay-safe; the port reads `new Date()` inside the generator that the body drives, so the due date changes on every round
import { task, workflow } from "windmill-client";

type Plate = { id: string; frame: number };
type Gauge = { plateId: string; mm: number };

const listPlates = task(async (hull: string): Promise<Plate[]> => {
  const r = await fetch(`https://yard.drydock-ops.example/v1/hulls/${hull}/plates`);
  return (await r.json()) as Plate[];
});

const gaugePlate = task(async (hull: string, plateId: string): Promise<Gauge> => {
  const r = await fetch(`https://ut.drydock-ops.example/v1/hulls/${hull}/plates/${plateId}/gauge`, { method: "POST" });
  return (await r.json()) as Gauge;
});

const orderRenewal = task(async (hull: string, plateIds: string[], needBy: string) => {
  const r = await fetch("https://steel.drydock-ops.example/v1/orders", {
    method: "POST",
    body: JSON.stringify({ hull, plates: plateIds, needBy }),
  });
  return (await r.json()).orderId as string;
});

function* survey(hull: string, minMm: number): Generator<PromiseLike<unknown>, { renew: string[]; orderId: string | null }, any> {
  const plates: Plate[] = yield listPlates(hull);
  const renew: string[] = [];
  for (const p of plates) {
    const g: Gauge = yield gaugePlate(hull, p.id);
    if (g.mm < minMm) renew.push(p.id);
  }
  // was: const now = context.df.currentUtcDateTime;
  const needBy = new Date(new Date().getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  const orderId: string | null = renew.length ? yield orderRenewal(hull, renew, needBy) : null;
  return { renew, orderId };
}

async function drive<R>(gen: Generator<PromiseLike<unknown>, R, any>): Promise<R> {
  let next = gen.next();
  while (!next.done) {
    next = gen.next(await next.value);
  }
  return next.value;
}

export const main = workflow(async (hull: string, minMm = 9.5) => {
  const outcome = await drive(survey(hull, minMm)); // expect: WAC102
  return { hull, ...outcome };
});
