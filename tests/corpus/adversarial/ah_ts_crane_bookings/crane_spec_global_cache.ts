// SDK: windmill-client 1.818.0 client.mjs task(): the spec lookup runs in a child job; what it stores on `globalThis.__craneSpecs` is gone when the workflow's next round starts in a fresh process, so the body's cache check never sees it
import { task, workflow } from "windmill-client";

type CraneSpec = { model: string; maxLoadKg: number; maxRadiusM: number };

declare global {
  // eslint-disable-next-line no-var
  var __craneSpecs: Map<string, CraneSpec> | undefined;
}

const fetchSpec = task(async (model: string): Promise<CraneSpec> => {
  const r = await fetch(`https://specs.liftsense.example/v1/models/${encodeURIComponent(model)}`);
  const spec = (await r.json()) as CraneSpec;
  globalThis.__craneSpecs ??= new Map();
  globalThis.__craneSpecs.set(model, spec); // expect: WAC104
  return spec;
});

const bookCrane = task(async (model: string, site: string, days: number) => {
  const r = await fetch("https://hire.liftsense.example/v1/bookings", {
    method: "POST",
    body: JSON.stringify({ model, site, days }),
  });
  return (await r.json()).bookingRef as string;
});

export const main = workflow(async (site: string, loads: { kg: number; radiusM: number }[], models: string[]) => {
  const heaviest = loads.reduce((m, l) => (l.kg > m.kg ? l : m), { kg: 0, radiusM: 0 });
  for (const model of models) {
    const spec = globalThis.__craneSpecs?.get(model) ?? (await fetchSpec(model));
    if (spec.maxLoadKg >= heaviest.kg && spec.maxRadiusM >= heaviest.radiusM) {
      return { model, bookingRef: await bookCrane(model, site, 10) };
    }
  }
  return { model: null, bookingRef: null };
});
