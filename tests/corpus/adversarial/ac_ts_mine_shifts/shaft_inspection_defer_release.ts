// SDK: windmill-client 1.818.0 client.mjs: the suspension unwinds the body by throwing, so an AsyncDisposableStack declared with `await using` runs its deferred callbacks at the end of every round; the deferred fetch releases the skip lock each time the workflow merely suspends
import { task, step, sleep, workflow } from "windmill-client";

const SKIP = "https://hoist.deepcore.example/api/skips";

const acquireSkip = task(async (shaft: string, crew: string) => {
  const r = await fetch(`${SKIP}/${shaft}/lock`, { method: "POST", body: JSON.stringify({ crew }) });
  return ((await r.json()) as { lockId: string }).lockId;
});

const inspectSegment = task(async (shaft: string, fromM: number, toM: number) => {
  const r = await fetch(`https://inspect.deepcore.example/api/shafts/${shaft}/segments`, {
    method: "POST",
    body: JSON.stringify({ fromM, toM }),
  });
  return (await r.json()) as { defects: { depthM: number; kind: string }[] };
});

export const main = workflow(async (shaft: string, crew: string, depthM: number) => {
  const lockId = await acquireSkip(shaft, crew);
  await using cleanup = new AsyncDisposableStack();
  cleanup.defer(async () => {
    await fetch(`${SKIP}/${shaft}/lock/${lockId}`, { method: "DELETE" }); // expect: WAC101
  });

  const defects: { depthM: number; kind: string }[] = [];
  for (let m = 0; m < depthM; m += 50) {
    const seg = await inspectSegment(shaft, m, Math.min(depthM, m + 50));
    defects.push(...seg.defects);
    await sleep(30);
  }
  const summary = await step("summary", () => ({ shaft, defects: defects.length, deepest: Math.max(0, ...defects.map((d) => d.depthM)) }));
  return summary;
});
