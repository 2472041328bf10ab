// SDK: windmill-client 1.818.0 client.mjs: a task call returns a bare `{ then }` thenable; `await gradeWheel(w)?.score` awaits `undefined` (the thenable has no `score`), so the task is only queued and the body goes on with `undefined`
import { step, task, workflow } from "windmill-client";

type Wheel = { id: string; make: "comte" | "gruyere" | "tomme"; ageDays: number };
type Grade = { score: number; notes: string[] };

const MIN_AGE: Record<Wheel["make"], number> = { comte: 240, gruyere: 150, tomme: 60 };

const gradeWheel = task(async (wheel: Wheel): Promise<Grade> => {
  const r = await fetch(`https://grading.affinage.example/wheels/${wheel.id}/core-sample`, { method: "POST" });
  return (await r.json()) as Grade;
});

const labelWheel = task(async (wheelId: string, label: string) => {
  const r = await fetch(`https://labels.affinage.example/print`, {
    method: "POST",
    body: JSON.stringify({ wheelId, label }),
  });
  return r.ok;
});

const reserveForBuyer = task(async (wheelIds: string[], buyer: string) => {
  const r = await fetch(`https://sales.affinage.example/reservations`, {
    method: "POST",
    body: JSON.stringify({ wheelIds, buyer }),
  });
  return ((await r.json()) as { reservation: string }).reservation;
});

export const main = workflow(async (wheels: Wheel[], buyer: string) => {
  const eligible = wheels.filter((w) => w.ageDays >= MIN_AGE[w.make]);
  const premium: string[] = [];
  for (const wheel of eligible) {
    const score = await gradeWheel(wheel)?.score; // expect: WAC106
    if ((score ?? 0) >= 16) {
      premium.push(wheel.id);
      await labelWheel(wheel.id, `Réserve ${wheel.make}`);
    }
  }
  const reservation = premium.length > 0 ? await reserveForBuyer(premium, buyer) : null;
  const report = await step("report", () => ({ checked: eligible.length, premium: premium.length }));
  return { reservation, report };
});
