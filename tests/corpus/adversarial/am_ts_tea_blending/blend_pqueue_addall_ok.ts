// SDK: windmill-client 1.818.0 index.js: each task call pushes its step to `ctx.pending` in call order; p-queue's `addAll` runs the functions (two at a time) and its promise resolves to all their results, which the body awaits, so every tasting is awaited
import { task, workflow } from "windmill-client";
import PQueue from "p-queue";

const tasteLot = task(async function tasteLot(lot: string, panel: string) {
  const r = await fetch(`https://lab.leafhouse.example/api/lots/${lot}/tastings`, {
    method: "POST",
    body: JSON.stringify({ panel }),
  });
  return (await r.json()) as { lot: string; score: number };
});

export const main = workflow(async (lots: string[], panel: string = "morning") => {
  const queue = new PQueue({ concurrency: 2 });
  const results = await queue.addAll(lots.map((lot) => () => tasteLot(lot, panel)));
  const best = [...results].sort((a, b) => b.score - a.score)[0];
  return { tasted: results.length, best: best?.lot ?? null };
});
