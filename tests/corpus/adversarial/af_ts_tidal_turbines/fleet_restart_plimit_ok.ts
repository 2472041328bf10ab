// SDK: windmill-client 1.818.0 client.mjs: p-limit awaits the `{ then }` each task call returns; the first `then` raises the suspension with every pending call dispatched; replays resolve them from the checkpoint in the same order
import { task, workflow, sleep } from "windmill-client";
import pLimit from "p-limit";

const restartController = task(async (turbine: string) => {
  const r = await fetch(`https://scada.sealoch-tidal.example/controllers/${turbine}/restart`, { method: "POST" });
  if (!r.ok) throw new Error(`${turbine}: ${r.status}`);
  return { turbine, bootedAt: (await r.json()).bootedAt as string };
});

const verifyGeneration = task(async (turbine: string) => {
  const r = await fetch(`https://scada.sealoch-tidal.example/controllers/${turbine}/output`);
  return (await r.json()).kw as number;
});

export const main = workflow(async (turbines: string[], concurrency = 3) => {
  const limit = pLimit(concurrency);
  const booted = await Promise.all(turbines.map((t) => limit(() => restartController(t))));
  await sleep(120);
  const outputs: number[] = [];
  for await (const kw of booted.map((b) => verifyGeneration(b.turbine))) {
    outputs.push(kw);
  }
  const sequential = await turbines.reduce<Promise<string[]>>(async (accP, t, i) => {
    const acc = await accP;
    return outputs[i] < 50 ? [...acc, t] : acc;
  }, Promise.resolve([]));
  return { restarted: booted.length, dead: sequential };
});
