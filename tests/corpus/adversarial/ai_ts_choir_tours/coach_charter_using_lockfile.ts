// SDK: windmill-client 1.818.0 client.mjs: each task call unwinds the body with StepSuspend; `using` builds the lock (writeFileSync) and disposes it (unlinkSync) on every round, in whatever worker runs that round
import { writeFileSync, unlinkSync, existsSync } from "node:fs";
import { task, workflow } from "windmill-client";

class FileLock implements Disposable {
  constructor(private readonly path: string) {
    if (existsSync(path)) throw new Error(`charter already running: ${path}`);
    writeFileSync(path, "locked");
  }
  [Symbol.dispose](): void {
    unlinkSync(this.path);
  }
}

type Leg = { from: string; to: string; date: string; km: number };

const quoteLeg = task(async (leg: Leg, seats: number) => {
  const r = await fetch("https://coaches.choir-tours.example/v1/quotes", {
    method: "POST",
    body: JSON.stringify({ ...leg, seats }),
  });
  return (await r.json()) as { operator: string; price: number };
});

const confirmCharter = task(async (legs: Leg[], operators: string[]) => {
  const r = await fetch("https://coaches.choir-tours.example/v1/charters", {
    method: "POST",
    body: JSON.stringify({ legs, operators }),
  });
  return (await r.json()).charterId as string;
});

export const main = workflow(async (tourId: string, legs: Leg[], seats: number) => {
  using _lock = new FileLock(`/tmp/charter-${tourId}.lock`); // expect: WAC101
  const quotes = [];
  for (const leg of legs) {
    quotes.push(await quoteLeg(leg, seats));
  }
  const total = quotes.reduce((s, q) => s + q.price, 0);
  const charterId = await confirmCharter(legs, quotes.map((q) => q.operator));
  return { tourId, charterId, total };
});
