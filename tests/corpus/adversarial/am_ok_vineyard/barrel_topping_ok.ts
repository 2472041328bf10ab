// SDK: windmill-client 1.818.0: isSuspendSignal matches `name === "StepSuspend"`, so a catch that rethrows on that name passes the suspension; a failed task rejects with an Error named "TaskError"
import { step, task, workflow } from "windmill-client";

type Barrel = { id: string; cellar: string; ullageMl: number };

const listBarrels = task(async (cellar: string): Promise<Barrel[]> => {
  const res = await fetch(`https://cellar.example-vines.io/api/barrels?cellar=${encodeURIComponent(cellar)}`);
  if (!res.ok) throw new Error(`barrels ${res.status}`);
  return (await res.json()) as Barrel[];
});

const logTopUp = task(async (barrelId: string, litres: number, wine: string) => {
  const res = await fetch("https://cellar.example-vines.io/api/topups", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ barrelId, litres, wine, at: new Date().toISOString() }),
  });
  if (!res.ok) throw new Error(`topup ${res.status}`);
  return { barrelId, litres };
});

function isSuspend(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: string }).name === "StepSuspend";
}

function planLitres(barrels: Barrel[], maxUllageMl: number): { id: string; litres: number }[] {
  return barrels
    .filter((b) => b.ullageMl > maxUllageMl)
    .map((b) => ({ id: b.id, litres: Math.round(b.ullageMl / 100) / 10 }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export const main = workflow(async (cellars: string[], wine: string, maxUllageMl = 400) => {
  const all: Barrel[] = [];
  for (const cellar of cellars) {
    all.push(...(await listBarrels(cellar)));
  }
  const plan = await step("topup_plan", () => planLitres(all, maxUllageMl));
  const done: string[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const p of plan) {
    try {
      await logTopUp(p.id, p.litres, wine);
      done.push(p.id);
    } catch (e) {
      if (isSuspend(e)) throw e;
      skipped.push({ id: p.id, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { done, skipped, total: plan.length };
});
