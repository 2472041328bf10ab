// SDK: windmill-client 1.818.0 index.js: `StepSuspend` has `name === "StepSuspend"`; the generator's handler rethrows it first, so the suspension leaves `for await` and the body; only a real task failure (an Error named `TaskError`) becomes a "missing" reading
// Restate port: the per-zone generator, with the suspension let through.
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
      if ((e as Error)?.name === "StepSuspend") throw e;
      console.warn(`no observation for ${zone}`, e);
      yield { zone, newSnowCm: 0, windKmh: 0, missing: true };
    }
  }
}

export const main = workflow(async (region: string, zones: string[]) => {
  const collected: Observation[] = [];
  for await (const obs of observations(zones)) {
    collected.push(obs);
  }
  const published = await publishBulletin(region, collected);
  return { region, published, missing: collected.filter((o) => o.missing).length };
});
