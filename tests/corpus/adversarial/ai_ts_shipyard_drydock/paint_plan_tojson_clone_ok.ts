// SDK: windmill-client 1.818.0 client.mjs: the task returns a plain object; the body wraps it in a class whose toJSON gives plain fields, structuredClone / JSON round trips copy in memory, and only plain data goes to the next task
import { task, workflow } from "windmill-client";

type Coat = { product: string; dftMicron: number; litres: number };

class PaintPlan {
  constructor(
    readonly hull: string,
    readonly coats: Coat[],
  ) {}

  get totalLitres(): number {
    return this.coats.reduce((s, c) => s + c.litres, 0);
  }

  toJSON() {
    return { hull: this.hull, coats: this.coats, totalLitres: this.totalLitres };
  }
}

const specCoats = task(async (hull: string, areaM2: number): Promise<Coat[]> => {
  const r = await fetch(`https://coatings.drydock-ops.example/v1/spec?hull=${hull}&area=${areaM2}`);
  return (await r.json()) as Coat[];
});

const reserveStock = task(async (plan: { hull: string; coats: Coat[]; totalLitres: number }) => {
  const r = await fetch("https://stores.drydock-ops.example/v1/reservations", {
    method: "POST",
    body: JSON.stringify(plan),
  });
  return (await r.json()) as { reservationId: string };
});

export const main = workflow(async (hull: string, areaM2: number, extraCoat = false) => {
  const coats = structuredClone(await specCoats(hull, areaM2));
  if (extraCoat && coats.length > 0) {
    coats.push({ ...coats[coats.length - 1] });
  }
  const plan = new PaintPlan(hull, coats);
  const payload = JSON.parse(JSON.stringify(plan)) as ReturnType<PaintPlan["toJSON"]>;
  const { reservationId } = await reserveStock(payload);
  return { ...plan.toJSON(), reservationId };
});
