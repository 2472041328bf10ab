// SDK: windmill-client 1.818.0 index.js: `_runInlineStep` keys a step by `_allocKey(name)`; the shim's `run` hands its `name` to `step`, and every call gives a literal, so the keys are stable
// Restate port: the old handler used `ctx.run(name, fn)` everywhere; a small shim keeps that shape.
import { step, task, workflow } from "windmill-client";

const ctx = {
  run: <T>(name: string, fn: () => Promise<T>) => step(name, fn),
};

const assignPilot = task(async function assignPilot(imo: string, berth: string) {
  const r = await fetch("https://roster.harbour.example/api/assign", {
    method: "POST",
    body: JSON.stringify({ imo, berth }),
  });
  return (await r.json()) as { pilotId: string };
});

export const main = workflow(async (imo: string, berth: string) => {
  const slot = await ctx.run("berth_slot", async () => {
    const r = await fetch(`https://berths.harbour.example/api/${berth}/slot`);
    return (await r.json()) as { from: string; to: string };
  });
  const pilot = await assignPilot(imo, berth);
  return { slot, pilot };
});
