// SDK: windmill-client 1.818.0 client.mjs: a task call returns a bare `{ then }` object (from _nextStep), not a Promise, so `.catch` on it is undefined and calling it throws a TypeError in the body
import { task, workflow, sleep } from "windmill-client";

// Ported from a BullMQ fan-out: each turbine restart was a job whose failure
// the parent ignored with `.catch(() => null)`.
const restartController = task(async (turbine: string) => {
  const r = await fetch(`https://scada.sealoch-tidal.example/controllers/${turbine}/restart`, { method: "POST" });
  if (!r.ok) throw new Error(`${turbine}: ${r.status}`);
  return { turbine, bootedAt: (await r.json()).bootedAt as string };
});

const verifyGeneration = task(async (turbine: string) => {
  const r = await fetch(`https://scada.sealoch-tidal.example/controllers/${turbine}/output`);
  return (await r.json()).kw as number;
});

export const main = workflow(async (turbines: string[], waveSize = 4) => {
  const restarted: string[] = [];
  for (let i = 0; i < turbines.length; i += waveSize) {
    const wave = turbines.slice(i, i + waveSize);
    const results = await Promise.all(wave.map((t) => restartController(t).catch(() => null))); // expect: WAC202
    for (const r of results) if (r) restarted.push(r.turbine);
    await sleep(120);
  }
  const outputs = await Promise.all(restarted.map((t) => verifyGeneration(t)));
  const dead = restarted.filter((_, i) => outputs[i] < 50);
  return { restarted: restarted.length, dead };
});
