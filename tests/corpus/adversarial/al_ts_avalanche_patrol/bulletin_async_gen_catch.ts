// SDK: windmill-client 1.818.0 index.js `_nextStep` raises `StepSuspend` (an Error) out of the awaited thenable inside the generator; its `catch` yields a "missing" reading instead, so `for await` goes on and the bulletin is written with holes on every suspension
// Restate port: `ctx.run("obs-" + zone, ...)` per zone inside an async generator the handler consumed with `for await`.
import { task, workflow } from "windmill-client";

type Observation = { zone: string; newSnowCm: number; windKmh: number; missing?: boolean };

const fetchObservation = task(async function fetchObservation(zone: string) {
  const r = await fetch(`https://obs.snowwatch.example/api/zones/${zone}/latest`);
  return (await r.json()) as Observation;
});

const publishBulletin = task(async function publishBulletin(region: string, observations: Observation[]) {
  const r = await fetch(`https://bulletin.snowwatch.example/api/regions/${region}`, {
    method: "PUT",
    body: JSON.stringify({ observations }),
  });
  return r.ok;
});

async function* observations(zones: string[]): AsyncGenerator<Observation> {
  for (const zone of zones) {
    try {
      yield await fetchObservation(zone);
    } catch (e) {
      console.warn(`no observation for ${zone}`, e);
      yield { zone, newSnowCm: 0, windKmh: 0, missing: true };
    }
  }
}

export const main = workflow(async (region: string, zones: string[]) => {
  const collected: Observation[] = [];
  for await (const obs of observations(zones)) { // expect: WAC202
    collected.push(obs);
  }
  const published = await publishBulletin(region, collected);
  return { region, published, missing: collected.filter((o) => o.missing).length };
});
