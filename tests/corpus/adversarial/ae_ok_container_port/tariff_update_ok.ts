// SDK: windmill-client 1.818.0 a local seeded `random` function (mulberry-style LCG from the tariff year) used to pick audit samples; a parameter named `now` holding a given ISO string; Promise.all(Object.entries(...).sort().map(...)) over tariff groups
import { task, workflow } from "windmill-client";

type Rate = { code: string; group: string; cents: number };

function random(seed: number): () => number {
  let s = seed % 2147483647;
  if (s <= 0) s += 2147483646;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

function effectiveLabel(now: string, from: string): string {
  return Date.parse(now) >= Date.parse(from) ? "in force" : `from ${from.slice(0, 10)}`;
}

const currentRates = task(async (port: string): Promise<Rate[]> => {
  const res = await fetch(`https://tariff.port.example/${port}/rates`);
  return await res.json();
});

const publishGroup = task(async (port: string, group: string, rates: Rate[], effectiveFrom: string) => {
  const res = await fetch(`https://tariff.port.example/${port}/groups/${group}`, {
    method: "PUT",
    body: JSON.stringify({ rates, effectiveFrom }),
  });
  return { group, version: (await res.json()).version as number };
});

const auditSample = task(async (codes: string[]) => {
  await fetch("https://audit.port.example/tariff-samples", { method: "POST", body: JSON.stringify(codes) });
  return codes.length;
});

export const main = workflow(async (port: string, year: number, upliftPct: number, effectiveFrom: string, now: string) => {
  const rates = await currentRates(port);
  const groups: Record<string, Rate[]> = {};
  for (const r of rates) {
    (groups[r.group] ??= []).push({ ...r, cents: Math.round((r.cents * (100 + upliftPct)) / 100) });
  }
  const published = await Promise.all(
    Object.entries(groups)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, list]) => publishGroup(port, group, list, effectiveFrom)),
  );
  const rand = random(year);
  const sample = rates.filter(() => rand() < 0.05).map((r) => r.code);
  const audited = sample.length ? await auditSample(sample) : 0;
  return { port, published, audited, status: effectiveLabel(now, effectiveFrom) };
});
