// SDK: windmill-client 1.818.0: values in the body are recomputed each round; getTimezoneOffset() / getHours() of a Date read the process's TZ
import { task, workflow } from "windmill-client";

type Reading = { meterId: string; ts: string; kwh: number };

const storeDaily = task(async (meterId: string, day: string, kwh: number) => {
  await fetch("https://energy.internal/api/daily", {
    method: "POST",
    body: JSON.stringify({ meterId, day, kwh }),
  });
});

export const main = workflow(async (readings: Reading[]) => {
  const totals: Record<string, number> = {};
  for (const r of readings) {
    const d = new Date(r.ts);
    const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000); // expect: WAC102
    const day = `${r.meterId}|${local.toISOString().slice(0, 10)}`;
    totals[day] = (totals[day] ?? 0) + r.kwh;
  }
  for (const [key, kwh] of Object.entries(totals)) {
    const [meterId, day] = key.split("|");
    await storeDaily(meterId, day, kwh);
  }
  return { days: Object.keys(totals).length };
});
