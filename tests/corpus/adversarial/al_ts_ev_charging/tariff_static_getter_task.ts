// SDK: windmill-client 1.818.0 index.js: reading `Tariffs.tonight` runs the static getter, whose task call queues a `fetchNightTariff` step through `_nextStep` and returns a bare `{ then }`; the bare statement drops it, so the price it fetches never reaches the plan
// Team code: tariff lookups as static getters, "warming" tonight's tariff before planning.
import { task, workflow } from "windmill-client";

const fetchNightTariff = task(async function fetchNightTariff(region: string) {
  const r = await fetch(`https://pricing.voltyard.example/api/regions/${region}/night`);
  return ((await r.json()) as { centsPerKwh: number }).centsPerKwh;
});

const planCharging = task(async function planCharging(vehicleIds: string[], region: string) {
  const r = await fetch("https://fleet.voltyard.example/api/plans", {
    method: "POST",
    body: JSON.stringify({ vehicleIds, region }),
  });
  return (await r.json()) as { vehicleId: string; start: string }[];
});

class Tariffs {
  static region = "nl-north";

  static get tonight() {
    return fetchNightTariff(Tariffs.region);
  }
}

export const main = workflow(async (vehicleIds: string[]) => {
  Tariffs.tonight; // expect: WAC106
  const plan = await planCharging(vehicleIds, Tariffs.region);
  return { plan };
});
