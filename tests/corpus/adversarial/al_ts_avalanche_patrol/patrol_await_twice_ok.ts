// SDK: windmill-client 1.818.0 index.js `_nextStep`: the task call allocates one key (`fetchSnowpack`) when it is made; awaiting the same `{ then }` again calls `then` again, which on a replay resolves the checkpointed value each time (and before it exists, the first await already suspended)
// Temporal port: an activity promise started early and awaited by two later branches, a common Temporal idiom.
import { task, workflow } from "windmill-client";

const fetchSnowpack = task(async function fetchSnowpack(slope: string) {
  const r = await fetch(`https://obs.snowwatch.example/api/slopes/${slope}/snowpack`);
  return (await r.json()) as { weakLayer: boolean; depthCm: number };
});

const closeSlope = task(async function closeSlope(slope: string, reason: string) {
  await fetch(`https://ops.snowwatch.example/api/slopes/${slope}/close`, {
    method: "POST",
    body: JSON.stringify({ reason }),
  });
  return slope;
});

export const main = workflow(async (slope: string, forecastLevel: number) => {
  const snowpack = fetchSnowpack(slope);  // expect: WAC903
  if (forecastLevel >= 4) {
    const { depthCm } = await snowpack;
    await closeSlope(slope, `danger level ${forecastLevel}, ${depthCm} cm`);
    return { slope, closed: true };
  }
  const { weakLayer } = await snowpack;
  if (weakLayer) {
    await closeSlope(slope, "persistent weak layer");
  }
  const { depthCm } = await snowpack;
  return { slope, closed: weakLayer, depthCm };
});
