// SDK: windmill-client 1.818.0 index.js `task`: the child job's result is written with `JSON.stringify`, which keeps own enumerable fields only; `playable` is a getter inherited from `Reading`, so the object that comes back has no `playable` and the test is always false
// Agent-written: setup measurements as a small class hierarchy; the measuring task returns the subclass instance.
import { task, workflow } from "windmill-client";

abstract class Reading {
  abstract readonly limitMm: number;
  abstract readonly valueMm: number;
  get playable(): boolean {
    return this.valueMm <= this.limitMm;
  }
}

class NeckRelief extends Reading {
  readonly limitMm = 0.3;
  constructor(public readonly serial: string, public readonly valueMm: number) {
    super();
  }
}

const measureRelief = task(async function measureRelief(serial: string) {
  const r = await fetch(`https://bench.luthiers.example/api/gauges/relief?serial=${serial}`);
  const { mm } = (await r.json()) as { mm: number };
  return new NeckRelief(serial, mm); // expect: WAC107
});

const adjustTrussRod = task(async function adjustTrussRod(serial: string, fromMm: number): Promise<{ ticket: string }> {
  const r = await fetch("https://bench.luthiers.example/api/tickets", { method: "POST", body: JSON.stringify({ serial, fromMm }) });
  return (await r.json()) as { ticket: string };
});

export const main = workflow(async (serial: string) => {
  const relief = await measureRelief(serial);
  if (relief.playable) return { serial, status: "ok", reliefMm: relief.valueMm };
  const { ticket } = await adjustTrussRod(serial, relief.valueMm);
  return { serial, status: "adjust", ticket };
});
