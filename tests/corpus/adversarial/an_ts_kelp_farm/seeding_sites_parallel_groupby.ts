// SDK: windmill-client 1.818.0 index.js `parallel(items, fn, options)` loops `for (i = 0; i < items.length; ...)`; `Object.groupBy` returns a null-prototype object with no `length`, so no `seedSite` task is dispatched and `[]` comes back without an error
import { parallel, task, workflow } from "windmill-client";

type Rope = { ropeId: string; site: string; metres: number };

const seedSite = task(async function seedSite(ropes: Rope[]) {
  const r = await fetch("https://ops.saltmarsh-kelp.example/api/seeding-runs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ropes: ropes.map((x) => x.ropeId) }),
  });
  return (await r.json()) as { runId: string; metres: number };
});

export const main = workflow(async (ropes: Rope[]) => {
  const bySite = Object.groupBy(ropes, (r) => r.site);
  const runs = await parallel(bySite, seedSite, { concurrency: 2 }); // expect: WAC301
  return { runs: runs.length, metres: runs.reduce((n, r) => n + r.metres, 0) };
});
